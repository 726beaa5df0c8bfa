import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcsForImport } from '../../../shared/import/ics-import';
import { agrees, readWithIcalJs } from './corpus-oracle';
import type { Verdict } from './corpus-report';
import { agreementRows, agreementTable, departures } from './corpus-report';
import type { CorpusFile } from './corpus-sources';
import { CORPUS_DIR, corpusProblems, listedCorpusFiles } from './corpus-sources';
import { utcInstant } from '../../dates';

// Real files from the public test data that other calendar projects ship in their npm packages (see
// corpus/SOURCES.md), each read by the importer and by ical.js. Every result is pinned in expected.json,
// warnings included, compared whole.
const NOW = utcInstant('2026-11-20T00:00:00.000Z');
const options = { timeZoneFallback: 'UTC', now: NOW };
// A hang guard per file and side: the importer stops itself past it (IcsTimeBudgetError, a crash here).
const PER_FILE_MS = 10_000;
// Issue 11's target, on the files that either side reads, strictly (see the last test).
const AGREEMENT_TARGET = 0.98;
// What the corpus reaches today, strictly (82 of 85): a ratchet, raised as files are added.
const STRICT_FLOOR = 0.96;

type Pinned = {
  kept: number;
  skipped: string[];
  warnings: string[];
  oracle: Verdict;
  /** Where ical.js, not Tierline, departs from RFC 5545: the clause and what each side does. */
  icalJsWrong?: string;
};

function readBoth(file: CorpusFile): Pinned & { ms: number } {
  const text = readFileSync(file.absolutePath, 'utf8');
  const started = Date.now();
  const ours = parseIcsForImport(text, {
    ...options,
    deadline: { now: Date.now, at: started + PER_FILE_MS },
  });
  const oracle = readWithIcalJs(text, NOW);
  const either = ours.events.length > 0 || ('keys' in oracle ? oracle.keys : oracle.perEvent).length > 0;
  return {
    kept: ours.events.length,
    skipped: ours.skipped.map((skip) => `line ${skip.line}: ${skip.reason}`),
    warnings: ours.warnings.map((warning) => `line ${warning.line}: ${warning.reason}`),
    oracle: !either
      ? 'unread'
      : 'keys' in oracle
        ? agrees(ours.events, oracle.keys)
          ? 'agrees'
          : 'differs'
        : agrees(ours.events, oracle.perEvent)
          ? 'ical.js fails; agrees event by event'
          : 'ical.js fails; differs event by event',
    ms: Date.now() - started,
  };
}

const files = listedCorpusFiles();
const problems = corpusProblems(files);
const expectedPath = join(CORPUS_DIR, 'expected.json');
const expected = (existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : {}) as Record<
  string,
  Pinned
>;
// `PIN_CORPUS=1 npx vitest run …` rewrites the pins after a reviewed change, keeping each icalJsWrong
// reason (written by hand); CI only compares.
if (process.env.PIN_CORPUS && problems.length === 0) {
  const pins = files.map((file) => {
    const { ms, ...pinned } = readBoth(file);
    expect(ms).toBeLessThan(PER_FILE_MS);
    const reason = expected[file.id]?.icalJsWrong;
    return [file.id, reason ? { ...pinned, icalJsWrong: reason } : pinned] as const;
  });
  writeFileSync(expectedPath, JSON.stringify(Object.fromEntries(pins), null, 1) + '\n');
  Object.assign(expected, Object.fromEntries(pins));
}

describe('the real-world ICS corpus, against ical.js', () => {
  it('is installed whole: every file SOURCES.md lists, from the package version it names', () => {
    expect(problems).toEqual([]);
    expect(new Set(files.map((file) => file.alias)).size).toBeGreaterThanOrEqual(4);
    expect(Object.keys(expected).sort()).toEqual(files.map((file) => file.id).sort());
  });

  const results = new Map<string, Pinned>();
  for (const file of files) {
    it(`${file.id} reads as pinned, without a crash or hang`, () => {
      expect(existsSync(file.absolutePath), `${file.id} is missing: npm ci installs ${file.pkg}`).toBe(true);
      const { ms, ...result } = readBoth(file);
      const pinned = expected[file.id];
      results.set(file.id, {
        ...result,
        ...(pinned?.icalJsWrong ? { icalJsWrong: pinned.icalJsWrong } : {}),
      });
      expect(ms).toBeLessThan(PER_FILE_MS);
      expect(result).toEqual({
        kept: pinned?.kept,
        skipped: pinned?.skipped,
        warnings: pinned?.warnings,
        oracle: pinned?.oracle,
      });
    });
  }

  const strict = (): { agree: number; read: number } => {
    const all = agreementRows(results).at(-1);
    return { agree: all?.agree ?? 0, read: all?.read ?? 0 };
  };

  it('agrees with ical.js on every file either side reads, but for documented ical.js departures', () => {
    expect(results.size).toBe(files.length);
    const rows = agreementRows(results);
    console.log(
      'ICS corpus against ical.js, strictly: "agree" counts whole-file agreement and the files ical.js throws ' +
        'on whole where, given every VEVENT on its own, it reads the same occurrences; a documented RFC 5545 ' +
        'departure of ical.js is never agreement:\n' +
        agreementTable(rows) +
        '\nical.js departures (expected.json icalJsWrong, each verified on a minimal file):\n' +
        departures(results)
          .map((id) => `- ${id}`)
          .join('\n'),
    );
    expect(rows.at(-1)?.unexplained).toBe(0);
    for (const id of departures(results)) expect(expected[id]?.icalJsWrong, id).toMatch(/RFC 5545 §/);
  });

  // Issue 11's bar is 98%, strict: documented ical.js departures count against it. It is not met (three
  // departures in 85 files read; 98% needs about 150 files read, more than the npm packages we may draw on
  // ship). The floor below is where the corpus stands: it may rise, never fall.
  it(`agrees with ical.js on at least ${STRICT_FLOOR * 100}% of the files either side reads (issue 11 asks ${AGREEMENT_TARGET * 100}%)`, () => {
    const { agree, read } = strict();
    expect(read).toBeGreaterThanOrEqual(85);
    expect(agree / read).toBeGreaterThanOrEqual(STRICT_FLOOR);
  });
});
