/** One named load or fault check: pass/fail, the reasons, and the figures it measured. */

export type CheckResult = {
  name: string;
  passed: boolean;
  /** What went wrong, one line each (empty when passed). */
  failures: string[];
  figures: Record<string, number | string>;
};

export class Check {
  readonly failures: string[] = [];
  readonly figures: Record<string, number | string> = {};

  constructor(readonly name: string) {}

  /** Records a failure unless `ok`. */
  expect(ok: boolean, failure: string): void {
    if (!ok) this.failures.push(failure);
  }

  figure(name: string, value: number | string): void {
    this.figures[name] = typeof value === 'number' ? Math.round(value * 10) / 10 : value;
  }

  result(): CheckResult {
    return { name: this.name, passed: this.failures.length === 0, failures: [...this.failures], figures: { ...this.figures } };
  }
}

/** Runs a check body; a thrown error is a failure of that check, never a crash of the run. */
export async function runCheck(name: string, body: (check: Check) => Promise<void>): Promise<CheckResult> {
  const check = new Check(name);
  try {
    await body(check);
  } catch (error) {
    check.failures.push(`check crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return check.result();
}

export function printResult(result: CheckResult): void {
  const figures = Object.entries(result.figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  console.log(`${result.passed ? 'PASS' : 'FAIL'} ${result.name}${figures ? `  (${figures})` : ''}`);
  const shown = result.failures.slice(0, 12);
  for (const failure of shown) console.log(`     - ${failure}`);
  if (result.failures.length > shown.length) console.log(`     ... and ${result.failures.length - shown.length} more`);
}

/** Groups equal messages: "12x stream ended without [DONE]". */
export function tally(messages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([m, n]) => (n > 1 ? `${n}x ${m}` : m));
}
