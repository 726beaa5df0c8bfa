import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The three handbook pages, as the tests read them (the app never does). */
export const FIXTURES = {
  earlier: '000_d406f89cd6c83b07.txt',
  current: '001_b9aca1a3eeb45d29.txt',
  overview: '002_b35619211164649d.txt',
} as const;

export function readFixture(name: keyof typeof FIXTURES): string {
  return readFileSync(
    fileURLToPath(new URL(`../../fixtures/handbook/${FIXTURES[name]}`, import.meta.url)),
    'utf8',
  );
}

/**
 * The page's bullet lists by the heading above them, read with a deliberately simple rule of
 * the tests' own (not the importer's): `### Heading`, then `- text` or `- [x] - text` lines.
 */
export function bulletsByHeading(page: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  let heading = '';
  for (const line of page.split(/\r?\n/)) {
    const headingMatch = /^#{2,4} (.+)$/.exec(line);
    if (headingMatch?.[1]) {
      heading = headingMatch[1].trim();
      continue;
    }
    const bullet = /^- (?:\[x\] - )?(.*)$/.exec(line);
    if (bullet?.[1] === undefined) continue;
    lists.set(heading, [...(lists.get(heading) ?? []), bullet[1].trim()]);
  }
  return lists;
}
