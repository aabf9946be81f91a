import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchConnect, watchPathLoss } from './ice-watch';

afterEach(() => {
  vi.useRealTimers();
});

/** An RTCPeerConnection's ICE state and events, driven by the test. */
class FakePc extends EventTarget {
  iceConnectionState: RTCIceConnectionState = 'new';
  set(state: RTCIceConnectionState): void {
    this.iceConnectionState = state;
    this.dispatchEvent(new Event('iceconnectionstatechange'));
  }
  candidateError(errorCode: number): void {
    this.dispatchEvent(Object.assign(new Event('icecandidateerror'), { errorCode }));
  }
}

describe('watchConnect', () => {
  it('says nothing when ICE connects in time', () => {
    vi.useFakeTimers();
    const pc = new FakePc();
    const problem = vi.fn();
    watchConnect(pc, 10_000, problem);
    pc.set('checking');
    pc.set('connected');
    vi.advanceTimersByTime(20_000);
    expect(problem).not.toHaveBeenCalled();
  });

  it('names no path when the bound passes without a connection', () => {
    vi.useFakeTimers();
    const pc = new FakePc();
    const problem = vi.fn();
    watchConnect(pc, 10_000, problem);
    pc.set('checking');
    pc.candidateError(701);
    vi.advanceTimersByTime(10_000);
    expect(problem).toHaveBeenCalledExactlyOnceWith('no-path');
  });

  it('names a refused relay credential when a TURN server answered 401, as soon as ICE fails', () => {
    vi.useFakeTimers();
    const pc = new FakePc();
    const problem = vi.fn();
    watchConnect(pc, 10_000, problem);
    pc.candidateError(401);
    pc.set('failed');
    expect(problem).toHaveBeenCalledExactlyOnceWith('relay-refused');
    vi.advanceTimersByTime(10_000);
    expect(problem).toHaveBeenCalledTimes(1);
  });

  it('stops watching when told to', () => {
    vi.useFakeTimers();
    const pc = new FakePc();
    const problem = vi.fn();
    const stop = watchConnect(pc, 1_000, problem);
    stop();
    vi.advanceTimersByTime(5_000);
    expect(problem).not.toHaveBeenCalled();
  });
});

describe('watchPathLoss', () => {
  it('calls a path lost once it stays disconnected for the grace time', () => {
    vi.useFakeTimers();
    const pc = new FakePc();
    const lost = vi.fn();
    watchPathLoss(pc, 3_000, lost);
    pc.set('connected');
    pc.set('disconnected');
    vi.advanceTimersByTime(2_999);
    expect(lost).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(lost).toHaveBeenCalledTimes(1);
    pc.set('failed');
    vi.advanceTimersByTime(10_000);
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('leaves a path alone that comes back within the grace time', () => {
    vi.useFakeTimers();
    const pc = new FakePc();
    const lost = vi.fn();
    watchPathLoss(pc, 3_000, lost);
    pc.set('disconnected');
    vi.advanceTimersByTime(2_000);
    pc.set('connected');
    vi.advanceTimersByTime(10_000);
    expect(lost).not.toHaveBeenCalled();
  });

  it('gives up at once on failed, and never after closed', () => {
    vi.useFakeTimers();
    const failed = new FakePc();
    const lost = vi.fn();
    watchPathLoss(failed, 3_000, lost);
    failed.set('failed');
    vi.advanceTimersByTime(0);
    expect(lost).toHaveBeenCalledTimes(1);
    const closed = new FakePc();
    const never = vi.fn();
    watchPathLoss(closed, 3_000, never);
    closed.set('closed');
    closed.set('disconnected');
    vi.advanceTimersByTime(10_000);
    expect(never).not.toHaveBeenCalled();
  });
});
