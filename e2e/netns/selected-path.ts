import type { BrowserContext, Page } from '@playwright/test';

/**
 * Test instrumentation for a page's WebRTC: keeps each RTCPeerConnection the page makes, so a test
 * can read which candidate pair ICE selected. The connections behave exactly as before.
 */
export async function recordPeerConnections(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Original = globalThis.RTCPeerConnection;
    const made: RTCPeerConnection[] = [];
    (globalThis as unknown as { ptPeerConnections: RTCPeerConnection[] }).ptPeerConnections = made;
    globalThis.RTCPeerConnection = class extends Original {
      constructor(config?: RTCConfiguration) {
        super(config);
        made.push(this);
      }
    } as typeof RTCPeerConnection;
  });
}

export interface SelectedPath {
  local: string;
  remote: string;
  /** For a relayed local candidate: how this side reaches the TURN server (udp, tcp). */
  localRelayProtocol: string | undefined;
}

/** The candidate pair ICE selected on the page's newest connected RTCPeerConnection. */
export function selectedPath(page: Page): Promise<SelectedPath | undefined> {
  return page.evaluate(async () => {
    const all =
      (globalThis as unknown as { ptPeerConnections?: RTCPeerConnection[] }).ptPeerConnections ?? [];
    const pc = [...all].reverse().find((c) => c.connectionState === 'connected');
    if (!pc) return undefined;
    const stats = await pc.getStats();
    let pairId: string | undefined;
    stats.forEach((report: { type: string; selectedCandidatePairId?: string }) => {
      if (report.type === 'transport' && report.selectedCandidatePairId)
        pairId = report.selectedCandidatePairId;
    });
    const pair = pairId ? stats.get(pairId) : undefined;
    if (!pair) return undefined;
    const local = stats.get(pair.localCandidateId);
    const remote = stats.get(pair.remoteCandidateId);
    return {
      local: String(local?.candidateType),
      remote: String(remote?.candidateType),
      localRelayProtocol: local?.relayProtocol as string | undefined,
    };
  });
}
