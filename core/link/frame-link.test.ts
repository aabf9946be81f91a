import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FrameChannel, FrameLink } from './frame-link';

function channelPair(): [FrameChannel & { sent: unknown[] }, FrameChannel & { sent: unknown[] }] {
  const make = () => {
    const data: ((d: unknown) => void)[] = [];
    const close: (() => void)[] = [];
    return { sent: [] as unknown[], data, close };
  };
  const a = make();
  const b = make();
  const end = (self: ReturnType<typeof make>, other: ReturnType<typeof make>) => ({
    sent: self.sent,
    send(d: unknown) {
      self.sent.push(d);
      for (const l of other.data) l(structuredClone(d));
    },
    close() {
      for (const l of [...self.close, ...other.close]) l();
    },
    onData: (l: (d: unknown) => void) => self.data.push(l),
    onClose: (l: () => void) => self.close.push(l),
  });
  return [end(a, b), end(b, a)];
}

describe('FrameLink', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says hello and delivers valid frames', () => {
    const [a, b] = channelPair();
    const phone = new FrameLink(b, { role: 'phone', device: 'Pixel' });
    const hellos: string[] = [];
    const frames: unknown[] = [];
    phone.on('hello', (h) => hellos.push(h.role)).on('frame', (f) => frames.push(f));
    const computer = new FrameLink(a, { role: 'computer', device: 'Laptop' });
    computer.send({ type: 'sms/send', msgId: 'm1', to: '+447911123456', body: 'hi' });
    expect(hellos).toEqual(['computer']);
    expect(frames).toMatchObject([{ type: 'sms/send', msgId: 'm1', v: 1 }]);
  });

  it('answers a malformed frame with an error frame and does not deliver it', () => {
    const [a, b] = channelPair();
    const phone = new FrameLink(b, { role: 'phone', device: 'Pixel' });
    const frames: unknown[] = [];
    phone.on('frame', (f) => frames.push(f));
    a.send({ v: 1, type: 'sms/send', id: 'x1', to: 5 });
    a.send({ v: 9, type: 'sms/send', id: 'x2' });
    expect(frames).toEqual([]);
    expect(b.sent.slice(1)).toMatchObject([
      { type: 'error', code: 'bad-frame', ref: 'x1' },
      { type: 'error', code: 'unsupported-version', ref: 'x2' },
    ]);
  });

  it('does not answer an invalid error frame with another error', () => {
    const [a, b] = channelPair();
    new FrameLink(b, { role: 'phone', device: 'Pixel' });
    a.send({ v: 1, type: 'error', id: 'e1', code: 'nonsense' });
    expect(b.sent).toHaveLength(1);
  });

  it('pings, and declares the other side dead when it goes quiet', () => {
    const [a] = channelPair();
    const link = new FrameLink(a, {
      role: 'computer',
      device: 'Laptop',
      pingEveryMs: 1000,
      deadAfterMs: 3000,
    });
    const closed: string[] = [];
    link.on('closed', (r) => closed.push(r));
    vi.advanceTimersByTime(2000);
    expect(a.sent.filter((f) => (f as { type: string }).type === 'link/ping')).toHaveLength(2);
    vi.advanceTimersByTime(2500);
    expect(closed).toEqual(['dead']);
    expect(link.open).toBe(false);
  });

  it('stays alive while the other side answers pings', () => {
    const [a, b] = channelPair();
    const link = new FrameLink(a, {
      role: 'computer',
      device: 'Laptop',
      pingEveryMs: 1000,
      deadAfterMs: 3000,
    });
    new FrameLink(b, { role: 'phone', device: 'Pixel', pingEveryMs: 1000, deadAfterMs: 3000 });
    vi.advanceTimersByTime(10_000);
    expect(link.open).toBe(true);
  });
});
