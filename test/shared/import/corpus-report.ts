/** How ical.js and the importer compare on one file ('ical.js fails' files also event by event). */
export type Verdict =
  | 'agrees'
  | 'differs'
  | 'ical.js fails; agrees event by event'
  | 'ical.js fails; differs event by event'
  | 'unread';

/** One file's comparison, with the reason ical.js is wrong where the pin documents one. */
export type Compared = { oracle: Verdict; icalJsWrong?: string };

/** The agreement of one package's files, or of all of them. */
export type AgreementRow = {
  name: string;
  files: number;
  /** Files from which either side reads at least one event. */
  read: number;
  /** Files that ical.js reads whole and either side finds events in. */
  bothRead: number;
  agree: number;
  /** Files that disagree where ical.js departs from RFC 5545, as documented and borne out. */
  icalJsWrong: number;
};

// A documented departure counts for Tierline only where the comparison bears it out: the file differs,
// or ical.js throws on it whole and reads the same occurrences event by event.
function bornOut(result: Compared): boolean {
  return (
    result.icalJsWrong !== undefined &&
    (result.oracle === 'differs' || result.oracle === 'ical.js fails; agrees event by event')
  );
}

function rowOf(name: string, results: readonly Compared[]): AgreementRow {
  const count = (test: (result: Compared) => boolean): number => results.filter(test).length;
  return {
    name,
    files: results.length,
    read: count((result) => result.oracle !== 'unread'),
    bothRead: count((result) => result.oracle === 'agrees' || result.oracle === 'differs'),
    agree: count((result) => result.oracle === 'agrees'),
    icalJsWrong: count(bornOut),
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

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`;
}

/** The rows as a Markdown table, the form BENCHMARKS.md shows them in. */
export function agreementTable(rows: readonly AgreementRow[]): string {
  const lines = [
    '| package | files | read by either | both read | agree | agree % | with ical.js departures | % |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.files} | ${row.read} | ${row.bothRead} | ${row.agree} | ${percent(row.agree, row.read)} | ` +
        `${row.agree + row.icalJsWrong} | ${percent(row.agree + row.icalJsWrong, row.read)} |`,
    ),
  ];
  return lines.join('\n');
}
