import type { Announcement } from '../types';

// Characters that start or end inline constructs anywhere in a line (CommonMark §2.4 lets any ASCII
// punctuation be backslash-escaped, so escaping these is always safe and never shows a backslash).
const INLINE_SPECIALS = /[\\`*_[\]<>|#~&]/g;
// Line starts that would open a block: list markers, headings, quotes, setext underlines, fences.
const LEADING_BLOCK = /^([-+=])|^(\d{1,9})([.)])/;

/**
 * `text` as one line of inline Markdown that renders as exactly that text (whitespace collapsed):
 * it can never open a heading, list, quote, code, link, emphasis or raw HTML, nor split a table cell.
 */
export function escapeMarkdownInline(text: string): string {
  const collapsed = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  const escaped = collapsed.replace(INLINE_SPECIALS, (char) => `\\${char}`);
  return escaped.replace(LEADING_BLOCK, (_match, marker: string | undefined, digits: string, dot: string) =>
    marker !== undefined ? `\\${marker}` : `${digits}\\${dot}`,
  );
}

/** Like {@link escapeMarkdownInline}, and never empty, so a table row keeps its shape. */
export function escapeMarkdownCell(text: string): string {
  const escaped = escapeMarkdownInline(text);
  return escaped === '' ? ' ' : escaped;
}

/** A GFM table: a header row, the delimiter row and one row per entry, cells escaped. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** A link to an http(s) URL, or just the label when the URL is not one we can safely embed. */
export function markdownLink(label: string, url: string): string {
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s<>]+$/i.test(trimmed)) return escapeMarkdownInline(label);
  // Pointy-bracket destinations allow parentheses; percent-encoding keeps the few unsafe characters out.
  const destination = trimmed.replace(
    /[()`\\]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `[${escapeMarkdownInline(label)}](<${destination}>)`;
}

/** An announcement's filled-in links as Markdown links, in the order every Markdown export lists them. */
export function announcementMarkdownLinks(announcement: Announcement): string[] {
  const { blog, docs, pr } = announcement.links;
  return (
    [
      ['Blog post', blog],
      ['Docs', docs],
      ['Pull request', pr],
    ] as const
  )
    .filter(([, url]) => url.trim() !== '')
    .map(([label, url]) => markdownLink(label, url));
}
