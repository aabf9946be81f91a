/**
 * Watching one WebRTC connection's path, which PeerJS does not do for us: a connect that never
 * completes gives no PeerJS event at all, and a path that went away (the phone left its Wi-Fi)
 * is only given up after Chromium's ~30 s consent timeout.
 */

/**
 * How long a connected path may stay `disconnected` before it is given up. ICE says so only after
 * some 5 s without answers, so a brief loss has mostly healed by then; what is left is the time a
 * phone on a new network waits before it redials, and it must be back within 10 s.
 */
export const PATH_LOSS_GRACE_MS = 1_000;

/** Why a connect did not come up, in the person's words on the popup and the phone. */
export type ConnectProblem = 'relay-refused' | 'no-path';

export const CONNECT_PROBLEM_TEXT: Record<ConnectProblem, string> = {
  'relay-refused': 'The relay server refused our credentials, so no relayed path could be made.',
  'no-path': 'There is no direct path between the two networks, and no relay server answered.',
};

type Pc = Pick<RTCPeerConnection, 'iceConnectionState' | 'addEventListener' | 'removeEventListener'>;

/**
 * Calls `problem` once if ICE has not connected within `boundMs` (or failed sooner), naming the
 * likelier cause: a TURN server that answered 401 is a refused credential, anything else no path.
 * Returns a function that stops watching.
 */
export function watchConnect(pc: Pc, boundMs: number, problem: (why: ConnectProblem) => void): () => void {
  let refused = false;
  let done = false;
  const finish = (why?: ConnectProblem) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    pc.removeEventListener('icecandidateerror', onCandidateError);
    pc.removeEventListener('iceconnectionstatechange', onState);
    if (why) problem(why);
  };
  const onCandidateError = (event: Event) => {
    // 401: the TURN server did not accept the username/credential (RFC 8656 §7.3).
    if ((event as RTCPeerConnectionIceErrorEvent).errorCode === 401) refused = true;
  };
  const onState = () => {
    const state = pc.iceConnectionState;
    if (state === 'connected' || state === 'completed') finish();
    else if (state === 'failed') finish(refused ? 'relay-refused' : 'no-path');
    else if (state === 'closed') finish();
  };
  const timer = setTimeout(() => finish(refused ? 'relay-refused' : 'no-path'), boundMs);
  pc.addEventListener('icecandidateerror', onCandidateError);
  pc.addEventListener('iceconnectionstatechange', onState);
  onState();
  return () => finish();
}

/**
 * Calls `lost` once when a connected path stays `disconnected` for `graceMs`: ICE says
 * `disconnected` within seconds of the network going away, `failed` only much later. A path that
 * recovers in the grace time (a brief loss) is left alone. Returns a function that stops watching.
 */
export function watchPathLoss(pc: Pc, graceMs: number, lost: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const stop = () => {
    done = true;
    clearTimeout(timer);
    pc.removeEventListener('iceconnectionstatechange', onState);
  };
  const onState = () => {
    const state = pc.iceConnectionState;
    if (state === 'disconnected' || state === 'failed') {
      timer ??= setTimeout(
        () => {
          if (done) return;
          stop();
          lost();
        },
        state === 'failed' ? 0 : graceMs,
      );
    } else if (state === 'closed') {
      stop();
    } else {
      clearTimeout(timer);
      timer = undefined;
    }
  };
  pc.addEventListener('iceconnectionstatechange', onState);
  return stop;
}
