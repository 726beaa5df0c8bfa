/** How ical.js and the importer compare on one file ('ical.js fails' files also event by event). */
export type Verdict =
  | 'agrees'
  | 'differs'
  | 'ical.js fails; agrees event by event'
  | 'ical.js fails; differs event by event'
  | 'unread';

/** One file's comparison, with the reason ical.js is wrong where the pin documents one. */
export type Compared = { oracle: Verdict; icalJsWrong?: string };

/** The strict agreement of one package's files, or of all of them. */
export type AgreementRow = {
  name: string;
  files: number;
  /** Files from which either side reads at least one event. */
  read: number;
  /** Files ical.js reads whole with the same occurrences as the importer. */
  wholeFile: number;
  /**
   * Files ical.js throws on whole, where ical.js, given every VEVENT on its own, reads the same
   * occurrences of all of them as the importer (corpus-oracle.ts): counted as agreement.
   */
  eventByEvent: number;
  /** wholeFile + eventByEvent: the numerator of the strict agreement. */
  agree: number;
  /** Files that differ where ical.js departs from RFC 5545, as documented and borne out: never agreement. */
  icalJsWrong: number;
  /** Files that differ with no documented departure of ical.js. */
  unexplained: number;
};

// A documented departure is borne out only where the comparison differs; a file that agrees is agreement.
function bornOut(result: Compared): boolean {
  return (
    result.icalJsWrong !== undefined &&
    (result.oracle === 'differs' || result.oracle === 'ical.js fails; differs event by event')
  );
}

function rowOf(name: string, results: readonly Compared[]): AgreementRow {
  const count = (test: (result: Compared) => boolean): number => results.filter(test).length;
  const read = count((result) => result.oracle !== 'unread');
  const wholeFile = count((result) => result.oracle === 'agrees');
  const eventByEvent = count((result) => result.oracle === 'ical.js fails; agrees event by event');
  const icalJsWrong = count(bornOut);
  const agree = wholeFile + eventByEvent;
  return {
    name,
    files: results.length,
    read,
    wholeFile,
    eventByEvent,
    agree,
    icalJsWrong,
    unexplained: read - agree - icalJsWrong,
  };
}

/** One row per package (the part of an id before its first `/`), then the total. */
export function agreementRows(results: ReadonlyMap<string, Compared>): AgreementRow[] {
  const byPackage = new Map<string, Compared[]>();
  for (const [id, result] of results) {
    const name = id.slice(0, id.indexOf('/'));
    byPackage.set(name, [...(byPackage.get(name) ?? []), result]);
  }
  const rows = [...byPackage].map(([name, list]) => rowOf(name, list));
  return [...rows, rowOf('all', [...results.values()])];
}

/** The ids of the files counted as ical.js departures, in the order given. */
export function departures(results: ReadonlyMap<string, Compared>): string[] {
  return [...results].filter(([, result]) => bornOut(result)).map(([id]) => id);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`;
}

/**
 * The rows as a Markdown table, the form BENCHMARKS.md shows them in: strict agreement per package,
 * then the documented ical.js departures in a row of their own, never counted as agreement.
 */
export function agreementTable(rows: readonly AgreementRow[]): string {
  const all = rows[rows.length - 1];
  const lines = [
    '| package | files | read by either | agree, whole file | agree, event by event | agree | agree % (strict) | ical.js departures | other differences |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.files} | ${row.read} | ${row.wholeFile} | ${row.eventByEvent} | ${row.agree} | ` +
        `${percent(row.agree, row.read)} | ${row.icalJsWrong} | ${row.unexplained} |`,
    ),
    `| ical.js departures (not agreement) | | ${all?.icalJsWrong ?? 0} | | | | ${percent(all?.icalJsWrong ?? 0, all?.read ?? 0)} | ${all?.icalJsWrong ?? 0} | |`,
  ];
  return lines.join('\n');
}
