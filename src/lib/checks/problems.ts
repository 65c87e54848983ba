/**
 * The one error type for checks that report every problem at once, so that one build names them all:
 * "content/glossary.json: 2 problem(s): …". Each problem names its entry, field or line.
 */
export class ProblemsError extends Error {
  readonly source: string;
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[]) {
    super(`${source}: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ProblemsError';
    this.source = source;
    this.problems = problems;
  }
}

/** Throws a ProblemsError when there are problems; returns nothing otherwise. */
export function throwIfProblems(source: string, problems: readonly string[]): void {
  if (problems.length) throw new ProblemsError(source, problems);
}
