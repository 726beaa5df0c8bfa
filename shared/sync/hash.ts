import { unfoldIcs } from '../export/ics-text';

// DTSTAMP changes on every export, and SEQUENCE and the hash mark are set by the sync rules
// themselves; none is a change of the item, so none may make a published object look edited.
const VOLATILE = /^(DTSTAMP|SEQUENCE|X-TIERLINE-HASH)[;:]/i;

/** The property that marks an object as published by Tierline and carries publishedHash() of its text. */
export const HASH_PROPERTY = 'X-TIERLINE-HASH';

/** cyrb53: a fast 53-bit string hash; enough to tell "same text" across syncs, not a security hash. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The hash that says whether an item's published text changed: the same for two texts that differ
 * only in DTSTAMP, SEQUENCE, line folding or line ends, different when anything else differs.
 */
export function publishedHash(text: string): string {
  const lines = unfoldIcs(text.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n'))
    .split(/\r\n/)
    .filter((line) => line !== '' && !VOLATILE.test(line));
  return cyrb53(lines.join('\n'));
}
