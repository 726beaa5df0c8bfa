import { MAX_OPEN_FILE_BYTES } from '../ipc';

/** Byte length of text as UTF-8 (what a file of it would weigh), counted without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one four-byte character: two bytes for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** "50 MB" for the limit messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** The message for input over the size limit: nothing is read past this point. */
export function tooLargeMessage(name: string, bytes: number): string {
  return `${name} is ${megabytes(bytes)}; Tierline imports files up to ${megabytes(MAX_OPEN_FILE_BYTES)}. Nothing was read or changed.`;
}

// How much of a file is sniffed for binary content: a text calendar shows itself in its first lines.
const SNIFF_CHARS = 64 * 1024;

/**
 * True when text is not text: it holds NUL characters, or more than a tenth of its first 64 KB are
 * control characters or U+FFFD (what a browser decodes invalid UTF-8 into). Images, archives and
 * encrypted files all look like this; a calendar, in any language, does not.
 */
export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SNIFF_CHARS);
  let odd = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd++;
  }
  return length > 0 && odd * 10 > length;
}
