import type { SmsStatus } from '@core/bridge/bridge-contract';

/** The native side maps Android's result codes to words; an older or terser wrapper may send only the code. */
export function failureReason(statuses: readonly SmsStatus[]): string {
  const failed = statuses.find((s) => s.state === 'failed');
  if (failed?.reason) return failed.reason;
  if (failed?.resultCode !== undefined) return `Error code ${failed.resultCode}`;
  return 'Not sent';
}
