type Problem = { where: string; message: string };

// A malformed 10,000-event file can report thousands; the first ones say what is wrong.
const SHOWN = 100;

/** A labelled list of problems or warnings, each with where it is (a JSON path or a line). */
export function ProblemList({
  label,
  problems,
  tone,
}: {
  label: string;
  problems: Problem[];
  tone: 'error' | 'warning';
}) {
  if (problems.length === 0) return null;
  return (
    <section className={`import-problems import-problems--${tone}`} aria-label={label}>
      <h3>
        {label} ({problems.length})
      </h3>
      <ul>
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={`${problem.where}-${index}`}>
            <code>{problem.where}</code> {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN ? <p className="import-note">…and {problems.length - SHOWN} more.</p> : null}
    </section>
  );
}

/** JSON problems as list entries. */
export function jsonProblems(problems: readonly { path: string; message: string }[]): Problem[] {
  return problems.map((problem) => ({ where: problem.path, message: problem.message }));
}

/** ICS problems (skips and warnings) as list entries. */
export function lineProblems(problems: readonly { line: number; reason: string; uid?: string }[]): Problem[] {
  return problems.map((problem) => ({
    where: `Line ${problem.line}`,
    message: problem.uid ? `${problem.reason} (UID ${problem.uid})` : problem.reason,
  }));
}
