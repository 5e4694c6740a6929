/**
 * Problems found in the inputs. Each one names where it is (file, line, field), what is wrong and
 * what to do, so a data officer can fix it without reading code (STYLE.md §12).
 */

export interface Problem {
  /** Path as the user sees it, relative to the repository root, e.g. "data/observations.csv". */
  file: string;
  /** 1-based line where the record starts; null for whole-file problems and non-CSV inputs. */
  line: number | null;
  /** CSV column, or another locator such as "feature 12 (Ky Anh)"; null when the whole row is meant. */
  field: string | null;
  message: string;
  /** What to do about it. */
  hint: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const field = p.field === null ? "" : ` ${p.field}`;
  return `${where}${field}: ${p.message} — ${p.hint}`;
}

/** Collects problems from every stage, so all of them can be reported in one run. */
export class ProblemList {
  readonly items: Problem[] = [];
  /** Doubts that do not stop the run (e.g. a value not found in its quote): printed, exit 0. */
  readonly warnings: Problem[] = [];

  /** Keeps the first problem of each cell: a later check of the same cell would only repeat it. */
  add(problem: Problem): void {
    const same = this.items.some((p) => p.file === problem.file && p.line === problem.line && p.field === problem.field && p.field !== null);
    if (!same) this.items.push(problem);
  }

  warn(problem: Problem): void {
    this.warnings.push(problem);
  }

  get size(): number {
    return this.items.length;
  }

  /** Sorted by file, then line, so the printout reads top to bottom like the files. */
  sorted(): Problem[] {
    return [...this.items].sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? "").localeCompare(b.field ?? ""),
    );
  }
}

/** Thrown when a stage cannot go on (e.g. a required file is missing); carries what was found so far. */
export class PipelineStop extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the inputs`);
  }
}
