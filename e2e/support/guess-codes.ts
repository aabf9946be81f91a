import { request } from 'node:http';
import {
  formatTypedCode,
  randomTypedCodeChars,
  splitTypedCode,
  TYPED_CODE_HALF,
} from '@core/pairing/typed-code';

/**
 * Posts guesses to the signaling server's code lookup from another loopback address, as a second
 * host would: the server limits per address, and the suite's own pages all come from 127.0.0.1.
 */
export async function guessCodes(codes: string[], localAddress = '127.0.0.2'): Promise<number[]> {
  const statuses: number[] = [];
  for (const code of codes) {
    statuses.push(
      await new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({ code });
        const req = request(
          {
            host: '127.0.0.1',
            port: 8787,
            path: '/pair/lookup',
            method: 'POST',
            localAddress,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
    );
  }
  return statuses;
}

/** Random well-formed codes whose first half differs from `avoid`'s: blind guesses, as a stranger makes. */
export function blindGuesses(count: number, avoid: string): string[] {
  const pick = (n: number) => randomTypedCodeChars(n, (below) => Math.floor(Math.random() * below));
  const out: string[] = [];
  while (out.length < count) {
    const id = pick(TYPED_CODE_HALF);
    // Chance 1 in 2^20 per guess; excluded so the test's outcome does not hang on luck.
    if (id !== splitTypedCode(avoid).id) out.push(formatTypedCode(id, pick(TYPED_CODE_HALF)));
  }
  return out;
}
