// Bank files either read completely or fail: a partial statement would post some payments and silently drop others.
// Messages follow the import rule "FILE:LINE: field: reason"; camt names the XML element path instead of a line.

export type BankFileProblem = { where: number | string; reason: string };

export class BankFileError extends Error {
  constructor(readonly file: string, readonly problems: readonly BankFileProblem[]) {
    super(problems.map((p) => `${file}:${p.where}: ${p.reason}`).join('\n'));
    this.name = 'BankFileError';
  }

  static at(file: string, where: number | string, reason: string): BankFileError {
    return new BankFileError(file, [{ where, reason }]);
  }
}

/** Collects control-total mismatches: thrown at once when enforced, returned as warnings otherwise. */
export class ControlChecks {
  readonly mismatches: BankFileProblem[] = [];
  constructor(private readonly file: string, private readonly enforce: boolean) {}

  expect(where: number | string, what: string, stated: bigint | number, computed: bigint | number): void {
    if (stated === computed) return;
    const problem = { where, reason: `${what} is ${stated} but the records add up to ${computed}` };
    if (this.enforce) throw new BankFileError(this.file, [problem]);
    this.mismatches.push(problem);
  }

  warnings(): string[] {
    return this.mismatches.map((p) => `${this.file}:${p.where}: ${p.reason}`);
  }
}
