/** One bullet of a Markdown list, its marker and any `[x]` box removed. */
export type ListEntry = { text: string; line: number };

/** The text under one heading, up to the next heading of any level. */
export type Section = {
  /** 0 for the text before the first heading. */
  level: number;
  heading: string;
  line: number;
  /** Paragraphs (and block quotes) before the section's first bullet. */
  intro: string[];
  /** Bullets (`-`, `*`, `+`, with or without `[ ]`/`[x]`); numbered lists are not read. */
  items: ListEntry[];
  /** Bullets that had no text at all. */
  emptyItems: number;
};

export type FrontMatter = {
  fields: Record<string, string>;
  body: string;
  bodyStartLine: number;
  unclosed: boolean;
};

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BULLET = /^([ \t]*)[-*+](?:[ \t]+(.*))?$/;
const NUMBERED = /^[ \t]*\d{1,9}[.)](?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>[ \t]?/;
// "- [x] - Including the news…": the box and the second dash are decoration, not words.
const CHECKBOX = /^\[[ xX]\][ \t]*/;
const LEADING_DASH = /^[-–—][ \t]+/;

/**
 * Splits YAML front matter (`---` … `---` at the very top) from the body. Only simple
 * `key: value` lines are read; quotes around a value are dropped. A block that never closes
 * is not front matter: the whole text is the body, and `unclosed` says so.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return { fields: {}, body: text, bodyStartLine: 1, unclosed: false };
  const close = lines.findIndex(
    (line, index) => index > 0 && (line.trim() === '---' || line.trim() === '...'),
  );
  if (close < 0) return { fields: {}, body: text, bodyStartLine: 1, unclosed: true };
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, close)) {
    const match = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!match?.[1]) continue;
    fields[match[1].toLowerCase()] = (match[2] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return { fields, body: lines.slice(close + 1).join('\n'), bodyStartLine: close + 2, unclosed: false };
}

/** The words of one bullet's text: checkbox and decorative dash dropped, trimmed. */
export function cleanItemText(raw: string): string {
  return raw.trim().replace(CHECKBOX, '').replace(LEADING_DASH, '').trim();
}

/** Heading text for people: emphasis and code marks dropped, a trailing colon dropped. */
export function cleanHeadingText(raw: string): string {
  return raw
    .replace(/[*_`]+/g, '')
    .replace(/:\s*$/, '')
    .trim();
}

/**
 * Reads Markdown into sections by heading. It understands exactly what handbook pages use:
 * ATX headings, bullets, numbered lists, paragraphs, block quotes, fenced code (skipped) and
 * thematic breaks; anything else is paragraph text. Never throws.
 */
export function readSections(body: string, firstLine = 1): Section[] {
  const sections: Section[] = [
    { level: 0, heading: '', line: firstLine, intro: [], items: [], emptyItems: 0 },
  ];
  let section = sections[0] as Section;
  let paragraph: string[] = [];
  let inList = false;
  let lastItem: ListEntry | null = null;
  let fence: string | null = null;

  const endParagraph = (): void => {
    if (paragraph.length > 0 && !inList) section.intro.push(paragraph.join(' '));
    paragraph = [];
  };

  body.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\s+$/, '');
    const lineNumber = firstLine + index;
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null;
      return;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch?.[1]) {
      endParagraph();
      fence = fenceMatch[1].slice(0, 3);
      lastItem = null;
      return;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1]) {
      endParagraph();
      section = {
        level: heading[1].length,
        heading: cleanHeadingText(heading[2] ?? ''),
        line: lineNumber,
        intro: [],
        items: [],
        emptyItems: 0,
      };
      sections.push(section);
      inList = false;
      lastItem = null;
      return;
    }
    if (line.trim() === '') {
      endParagraph();
      return;
    }
    if (THEMATIC_BREAK.test(line)) {
      endParagraph();
      lastItem = null;
      return;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      endParagraph();
      inList = true;
      const text = cleanItemText(bullet[2] ?? '');
      if (text === '') {
        section.emptyItems += 1;
        lastItem = null;
      } else {
        lastItem = { text, line: lineNumber };
        section.items.push(lastItem);
      }
      return;
    }
    if (NUMBERED.test(line)) {
      endParagraph();
      lastItem = null;
      return;
    }
    // An indented line right under a bullet continues that bullet's words.
    if (lastItem !== null && /^[ \t]{2,}\S/.test(line) && paragraph.length === 0) {
      lastItem.text = `${lastItem.text} ${line.trim()}`;
      return;
    }
    lastItem = null;
    paragraph.push(line.replace(QUOTE, '').trim());
  });
  endParagraph();
  return sections;
}
