/**
 * `BENCH_SMOKE=1`: the same benchmark with a few iterations, run by `npm test` so a benchmark that
 * breaks fails CI. Its figures mean nothing and are not recorded.
 */
export const smoke = process.env.BENCH_SMOKE === '1';

/** The iteration count for this run: an explicit variable wins, then smoke or full size. */
export function iterations(variable: string, full: number, smokeSize: number): number {
  const given = process.env[variable];
  if (given !== undefined) {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`${variable} must be a whole number ≥ 1, not "${given}"`);
    return n;
  }
  return smoke ? smokeSize : full;
}

/** A benchmark whose samples are missing or not numbers is broken, not fast: fail the run. */
export function assertSamples(name: string, samples: readonly number[], expected: number): void {
  if (samples.length !== expected || samples.some((s) => !Number.isFinite(s) || s < 0))
    throw new Error(`${name}: ${samples.length} usable samples, expected ${expected}`);
}
