import { makePerson } from '../../builders';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { arrayDraftMarkdown, arrayEditionOf } from '../../../shared/export/markdown-array';
import { checklistMarkdown, checklistsMarkdown } from '../../../shared/export/markdown-checklist';
import { escapeMarkdownInline } from '../../../shared/export/markdown-escape';
import { scheduleMarkdown, weekStartOf } from '../../../shared/export/markdown-schedule';
import { announcement, exportInput, item, maintenanceWindow, settings, templateSets } from './records';
import { calendarDay } from '../../dates';

const RUNS = process.env.CI ? 1000 : 200;
const md = new MarkdownIt({ html: true, linkify: false });

const hostilePiece = fc.constantFrom(
  '|',
  '\\|',
  '#',
  '# ',
  '## ',
  '- ',
  '+ ',
  '* ',
  '> ',
  '1. ',
  '2) ',
  '=',
  '===',
  '---',
  '`',
  '```',
  '[',
  ']',
  '[x]',
  '[ ]',
  '](http://x)',
  '<b>',
  '</div>',
  '<script>alert(1)</script>',
  '<!--',
  '&amp;',
  '&#35;',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '\\',
  '\n',
  '\n\n',
  '\r\n',
  '    ',
  '\t',
  '!',
  '@',
  'é',
  '🚀',
  'text',
  ' ',
  '.',
  ')',
);
const hostile = fc
  .array(fc.oneof(hostilePiece, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.join(''));

// What a reader should see: the same words, whitespace collapsed (the documented rule for one-line fields).
function visible(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('escapeMarkdownInline', () => {
  it('renders as exactly the collapsed text, as one paragraph with no markup', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const tokens = md.parse(escapeMarkdownInline(text), {});
        const expected = visible(text);
        if (expected === '') return;
        expect(tokens.map((token) => token.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
        const children = tokens[1]?.children ?? [];
        expect(children.every((child) => child.type === 'text')).toBe(true);
        expect(children.map((child) => child.content).join('')).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('checklistMarkdown', () => {
  it('has one heading and one task per item, with titles intact, whatever the titles hold', () => {
    fc.assert(
      fc.property(
        hostile,
        fc.array(fc.tuple(hostile, fc.boolean()), { minLength: 1, maxLength: 8 }),
        (title, entries) => {
          const items = entries.map(([itemTitle, done], order) =>
            item({ id: `a1:${order}`, title: itemTitle, done, order, assigneeId: `p-${order}` }),
          );
          // Each item's assignee is named like the item, so hostile names reach the output too.
          const names = new Map(entries.map(([itemTitle], order) => [`p-${order}`, { name: itemTitle }]));
          const markdown = checklistMarkdown(
            { kind: 'announcement', announcement: announcement({ title, summary: title }) },
            items,
            { templateSets, settings, names },
          );
          const tokens = md.parse(markdown, {});
          expect(tokens.filter((token) => token.type === 'heading_open')).toHaveLength(1);
          const html = md.render(markdown);
          // GitHub turns list items starting "[ ] " / "[x] " into task boxes.
          const tasks = [...html.matchAll(/<li>\[( |x)\] /g)];
          expect(tasks).toHaveLength(items.length);
          expect(tasks.map((match) => match[1] === 'x')).toEqual(entries.map(([, done]) => done));
          const listItems = [...html.matchAll(/<li>([^]*?)<\/li>/g)].map((match) => textOf(match[1] ?? ''));
          listItems.forEach((text, index) => expect(text).toContain(visible(entries[index]?.[0] ?? '')));
          if (visible(title) !== '')
            expect(textOf(html.match(/<h2>([^]*?)<\/h2>/)?.[1] ?? '')).toBe(visible(title));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('gives a maintenance window its times in UTC and the planner zone', () => {
    const markdown = checklistMarkdown({ kind: 'maintenance', window: maintenanceWindow() }, [], {
      templateSets,
      settings,
    });
    expect(markdown).toContain('22:00 UTC');
    expect(markdown).toContain('22:00 GMT');
    expect(markdown).toContain('Europe/London');
  });
});

describe('scheduleMarkdown', () => {
  it('keeps five columns per row and every title intact under hostile text', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (annTitle, winTitle, owner) => {
        const input = exportInput({
          announcements: [announcement({ title: annTitle, marketingOwnerId: 'p-hostile' })],
          windows: [maintenanceWindow({ title: winTitle, ownerId: 'p-hostile' })],
          items: [item({ title: annTitle, assigneeId: 'p-hostile' })],
          people: [makePerson('Hostile', { name: owner })],
        });
        const markdown = scheduleMarkdown(input, {
          from: calendarDay('2026-11-01'),
          to: calendarDay('2026-12-31'),
        });
        const tokens = md.parse(markdown, {});
        const rows: string[][] = [];
        let row: string[] | null = null;
        for (const token of tokens) {
          if (token.type === 'tr_open') row = [];
          else if (token.type === 'tr_close' && row) {
            rows.push(row);
            row = null;
          } else if (token.type === 'inline' && row) row.push(token.content);
        }
        expect(rows).toHaveLength(4);
        for (const cells of rows) expect(cells).toHaveLength(5);
        const html = md.render(markdown);
        const cellTexts = [...html.matchAll(/<td>([^]*?)<\/td>/g)].map((match) => textOf(match[1] ?? ''));
        expect(cellTexts).toContain(visible(annTitle) || '');
        expect(cellTexts).toContain(visible(winTitle) || '');
      }),
      { numRuns: RUNS },
    );
  });

  it('groups rows by week starting on the planner week start and lists windows with both zones', () => {
    const input = exportInput();
    const markdown = scheduleMarkdown(input, {
      from: calendarDay('2026-11-01'),
      to: calendarDay('2026-12-31'),
    });
    const withEarlierLaunch = scheduleMarkdown(
      {
        ...input,
        announcements: [
          ...input.announcements,
          announcement({ id: 'a2', launchDate: calendarDay('2026-11-18') }),
        ],
      },
      { from: calendarDay('2026-11-01'), to: calendarDay('2026-12-31') },
    );
    expect(withEarlierLaunch.match(/^## Week of /gm)).toEqual(['## Week of ', '## Week of ']);
    expect(withEarlierLaunch).toContain('## Week of Mon 16 Nov 2026');
    expect(markdown).toContain('## Week of Mon 30 Nov 2026');
    const sundayWeeks = scheduleMarkdown(
      { ...input, settings: { ...settings, weekStart: 0 } },
      { from: calendarDay('2026-11-01'), to: calendarDay('2026-12-31') },
    );
    expect(sundayWeeks).toContain('## Week of Sun 29 Nov 2026');
    expect(markdown).toMatch(
      /EU Cloud database upgrade\*\*: Sat 5 Dec 2026, 22:00 UTC to Sun 6 Dec 2026, 02:00 UTC \(Sat 5 Dec 2026, 22:00 GMT/,
    );
    expect(
      scheduleMarkdown(input, { from: calendarDay('2030-01-01'), to: calendarDay('2030-01-31') }),
    ).toContain('Nothing planned');
  });

  it('computes week starts for every week start day', () => {
    for (const start of [0, 1, 2, 3, 4, 5, 6] as const) {
      const first = weekStartOf(calendarDay('2026-12-03'), start);
      expect(new Date(`${first}T00:00:00Z`).getUTCDay()).toBe(start);
      expect(first <= '2026-12-03').toBe(true);
      expect(Date.parse('2026-12-03') - Date.parse(first)).toBeLessThan(7 * 86_400_000);
    }
  });
});

describe('arrayDraftMarkdown', () => {
  const draftInput = exportInput({
    announcements: [
      announcement({
        id: 'big',
        title: 'Big thing',
        tierKey: 'major',
        launchDate: calendarDay('2026-11-20'),
      }),
      announcement({
        id: 'mid',
        title: 'Middle thing',
        tierKey: 'medium',
        launchDate: calendarDay('2026-11-10'),
        summary: '',
      }),
      announcement({
        id: 'small',
        title: 'Small fix',
        tierKey: 'minor',
        launchDate: calendarDay('2026-12-01'),
        summary: 'Fixed zones',
      }),
      announcement({
        id: 'late',
        title: 'Next month',
        tierKey: 'major',
        launchDate: calendarDay('2026-12-02'),
      }),
      announcement({
        id: 'gone',
        title: 'Cancelled one',
        tierKey: 'major',
        launchDate: calendarDay('2026-11-15'),
        status: 'cancelled',
      }),
    ],
    items: [],
    windows: [],
  });

  it('puts Major first as headlines, Medium as highlights and Minor under other improvements', () => {
    const markdown = arrayDraftMarkdown(draftInput, '2026-12');
    const tokens = md.parse(markdown, {});
    const headings = tokens.flatMap((token, index) =>
      token.type === 'heading_open' ? [`${token.tag} ${tokens[index + 1]?.content ?? ''}`] : [],
    );
    expect(headings).toEqual([
      'h1 Array draft: December 2026',
      'h2 Headline items',
      'h3 Big thing',
      'h2 Release highlights',
      'h3 Middle thing',
      'h2 Other improvements and fixes',
    ]);
    expect(markdown).toContain('- Small fix: Fixed zones');
    expect(markdown).not.toContain('Next month');
    expect(markdown).not.toContain('Cancelled one');
  });

  it('covers launches after the previous edition up to this one', () => {
    expect(arrayEditionOf('2026-12', 1)).toEqual({
      edition: '2026-12-01',
      coversFrom: '2026-11-02',
      coversTo: '2026-12-01',
    });
    expect(arrayEditionOf('2026-03', 15)).toEqual({
      edition: '2026-03-15',
      coversFrom: '2026-02-16',
      coversTo: '2026-03-15',
    });
    expect(() => arrayEditionOf('2026-13', 1)).toThrow();
  });
});

describe('checklistsMarkdown', () => {
  it('writes every parent with its whole checklist, separated by rules', () => {
    const markdown = checklistsMarkdown(exportInput());
    const html = md.render(markdown);
    expect(html.match(/<h2>/g)).toHaveLength(2);
    expect(html.match(/<hr>/g)).toHaveLength(1);
    expect([...html.matchAll(/<li>\[( |x)\] /g)]).toHaveLength(2);
    expect(checklistsMarkdown(exportInput(), { kinds: ['maintenance'] })).not.toContain('Session replay');
  });
});
