/**
 * Where the phone app finds its signaling server when nothing names one (a typed code carries
 * no server; a pairing link does). Set at build time: that. On an https page: the page's own
 * origin (deploy/ serves the phone app from the signaling server). On plain http the page may be
 * the signaling server too (several instances behind a proxy, or `APP_DIR` in development), or
 * a development server beside it: the page's origin is asked whether it answers as one.
 */
export async function findSignalingUrl(
  page?: Pick<Location, 'protocol' | 'hostname' | 'origin'>,
  configured = import.meta.env.VITE_SIGNALING_URL as string | undefined,
  ask: typeof fetch = fetch,
): Promise<string> {
  if (configured) return configured;
  // Read only now: with a build setting the page's address does not matter (nor exist, in tests).
  page ??= location;
  if (page.protocol === 'https:') return page.origin;
  if (await answersAsSignaling(page.origin, ask)) return page.origin;
  return developmentSignalingUrl(page);
}

/** `npm start` and the Android app with `adb reverse`: the signaling port on the page's host. */
export function developmentSignalingUrl(page: Pick<Location, 'protocol' | 'hostname'>): string {
  return `${page.protocol}//${page.hostname}:8787`;
}

/** The signaling server's /health says `{ ok: true, peers: n, … }`; a page server answers HTML. */
async function answersAsSignaling(origin: string, ask: typeof fetch): Promise<boolean> {
  try {
    const response = await ask(`${origin}/health`, { signal: AbortSignal.timeout(3_000) });
    if (!response.ok) return false;
    const body = (await response.json()) as { ok?: unknown; peers?: unknown };
    return body.ok === true && typeof body.peers === 'number';
  } catch {
    return false;
  }
}
