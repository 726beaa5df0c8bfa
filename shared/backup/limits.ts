/**
 * The one size limit for backups, snapshots and every file Tierline saves or opens, in UTF-8
 * bytes: what Tierline writes it can also open. Compact JSON of a plan of a few thousand
 * announcements with their checklists stays well under it. Kept free of imports so the preload
 * bundle can read it.
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/**
 * How many bytes `text` takes as UTF-8, as TextEncoder would write it (a lone surrogate as the
 * three bytes of U+FFFD), without encoding it: Chromium's TextEncoder took ~95 ms for a 5 MB
 * snapshot, twice per snapshot, where this loop takes ~5 ms (issue 13).
 */
export function utf8ByteLength(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code < 0x800) {
      bytes += 1;
      continue;
    }
    const next = text.charCodeAt(index + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A surrogate pair: two code units, four bytes.
      bytes += 2;
      index++;
      continue;
    }
    bytes += 2;
  }
  return bytes;
}
