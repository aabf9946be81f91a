import { randomBase64Url } from '../auth/base64url';
import { opensCommitment, sasCommitment } from '../auth/sas-commitment';
import type { ErrorCode, Frame, SasFrame } from '../protocol/frames';
import { channelFingerprints } from './channel-fingerprints';
import type { FrameChannel, Outgoing } from './session-types';

export function isSasFrame(frame: Frame): frame is SasFrame {
  return frame.type === 'sas/commit' || frame.type === 'sas/nonce' || frame.type === 'sas/reveal';
}

/** What the exchange needs of its handshake. */
export interface SasExchangeSide {
  sendRaw(frame: Outgoing): void;
  fail(code: ErrorCode, message: string): void;
  /** A step is done: the handshake may now be complete. */
  progressed(): void;
}

/**
 * The SAS values of a typed-code pairing, commit before reveal (as Bluetooth numeric comparison and
 * ZRTP): the phone commits to its value at once; the computer sends its own only once it holds that
 * commitment; the phone reveals its value only once it holds the computer's, and the computer checks
 * the reveal against the commitment. So on each leg a relay must fix its value while the other side's
 * is still unknown to it, and the six digits match across two legs only by chance (1 in 10^6).
 * Each step is taken once: a repeat of the same frame is ignored (Chromium may duplicate frames on
 * a channel's first open); a different one, or one out of order, refuses the connection.
 */
export class SasExchange {
  /** This side's SAS value. */
  readonly own = randomBase64Url(32);
  /** The other side's SAS value, once in (and, on the computer, checked against the commitment). */
  private theirs: string | undefined;
  /** Computer: the phone's commitment; phone: ours, once computed. */
  private commitment: string | undefined;
  /** Computer: the key of a phone whose typed-code hello was authorized. */
  private phoneSpki: string | undefined;
  /** Computer: our value went out; phone: our reveal went out. */
  private sentOwn = false;

  constructor(
    private readonly role: 'computer' | 'phone',
    private readonly channel: FrameChannel,
    private readonly side: SasExchangeSide,
  ) {}

  /** Both values are known to this side, and ours has gone out. */
  get complete(): boolean {
    return this.theirs !== undefined && this.sentOwn;
  }

  /** Both values, for the digits; undefined until complete. */
  get values(): { own: string; theirs: string } | undefined {
    return this.complete && this.theirs ? { own: this.own, theirs: this.theirs } : undefined;
  }

  /** Phone: commits before anything of the computer's can have been read. */
  async commit(spki: string): Promise<void> {
    const dtls = channelFingerprints(this.channel);
    if (typeof dtls === 'string')
      return this.side.fail('auth-failed', `No usable DTLS fingerprints (${dtls}).`);
    this.commitment = await sasCommitment({ nonce: this.own, spki, dtls: dtls.local });
    this.side.sendRaw({ type: 'sas/commit', commit: this.commitment });
  }

  /**
   * Phone: the commitment again, beside the proof (a channel's first frames are now and then lost);
   * not once revealed, when the computer may already be done and would refuse an unnumbered frame.
   */
  resendCommit(): void {
    if (this.commitment && !this.sentOwn) this.side.sendRaw({ type: 'sas/commit', commit: this.commitment });
  }

  /** Computer: this phone's typed-code hello was authorized; our value goes once its commitment is in. */
  phoneIsTyped(spki: string): void {
    this.phoneSpki = spki;
    this.sendOwnValue();
  }

  /**
   * The same frame again as one already taken: it may come after the session started (the last step
   * of the handshake, duplicated), and is then ignored rather than refused as unnumbered.
   */
  repeats(frame: SasFrame): boolean {
    if (frame.type === 'sas/commit') return this.role === 'computer' && frame.commit === this.commitment;
    const mine = frame.type === 'sas/reveal' ? 'computer' : 'phone';
    return this.role === mine && frame.nonce === this.theirs;
  }

  async receive(frame: SasFrame): Promise<void> {
    const mine = frame.type === 'sas/commit' || frame.type === 'sas/reveal' ? 'computer' : 'phone';
    if (this.role !== mine)
      return this.side.fail('not-authenticated', `A ${frame.type} frame is not for a ${this.role}.`);
    if (frame.type === 'sas/commit') return this.takeCommitment(frame.commit);
    if (frame.type === 'sas/nonce') return this.takeComputerValue(frame.nonce);
    return this.takeReveal(frame.nonce);
  }

  private takeCommitment(commit: string) {
    if (this.commitment === commit) return;
    if (this.commitment) return this.side.fail('not-authenticated', 'A second, different SAS commitment.');
    this.commitment = commit;
    this.sendOwnValue();
  }

  /** Never before the commitment: seen first, our value would let the phone's side be ground against it. */
  private sendOwnValue(): void {
    if (this.sentOwn || !this.phoneSpki || !this.commitment) return;
    this.sentOwn = true;
    this.side.sendRaw({ type: 'sas/nonce', nonce: this.own });
  }

  /** Phone: the computer's value is fixed now, so ours may be shown. */
  private takeComputerValue(nonce: string) {
    if (this.theirs === nonce) return;
    if (this.theirs)
      return this.side.fail('not-authenticated', 'A second, different SAS value from the computer.');
    if (!this.commitment)
      return this.side.fail(
        'not-authenticated',
        'The computer sent its SAS value before this phone committed.',
      );
    this.theirs = nonce;
    this.sentOwn = true;
    this.side.sendRaw({ type: 'sas/reveal', nonce: this.own });
    this.side.progressed();
  }

  /** Computer: the phone's value, which must be the one it committed to before it saw ours. */
  private async takeReveal(nonce: string): Promise<void> {
    if (this.theirs === nonce) return;
    if (this.theirs) return this.side.fail('not-authenticated', 'A second, different SAS reveal.');
    const commitment = this.commitment;
    const spki = this.phoneSpki;
    if (!this.sentOwn || !commitment || !spki)
      return this.side.fail('not-authenticated', 'A SAS reveal before this computer sent its SAS value.');
    const dtls = channelFingerprints(this.channel);
    const opens =
      typeof dtls !== 'string' && (await opensCommitment(commitment, { nonce, spki, dtls: dtls.remote }));
    if (!opens)
      return this.side.fail('auth-failed', 'The phone revealed another SAS value than it committed to.');
    this.theirs = nonce;
    this.side.progressed();
  }
}
