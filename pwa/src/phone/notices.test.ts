import { describe, expect, it, vi } from 'vitest';
import { Notices } from './notices';

describe('Notices', () => {
  it('keeps the newest five, newest first', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const notices = new Notices(() => undefined);
    for (let i = 1; i <= 7; i++) notices.notice(`notice ${i}`);
    expect(notices.list.map((n) => n.text)).toEqual([
      'notice 7',
      'notice 6',
      'notice 5',
      'notice 4',
      'notice 3',
    ]);
  });

  it('counts a repeated notice on one line, so a flood of strangers keeps the other notices visible', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const changed = vi.fn();
    const notices = new Notices(changed);
    notices.notice('Chrome on Linux unpaired this phone.');
    for (let i = 0; i < 20; i++)
      notices.notice('An unknown device tried to connect to this phone. It was refused.');
    expect(notices.list.map((n) => [n.text, n.count])).toEqual([
      ['An unknown device tried to connect to this phone. It was refused.', 20],
      ['Chrome on Linux unpaired this phone.', 1],
    ]);
    expect(changed).toHaveBeenCalledTimes(21);
  });

  it('drops what it said about a computer once that computer proves itself again, and only that', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const changed = vi.fn();
    const notices = new Notices(changed);
    notices.notice('Chrome on Linux unpaired this phone.', 'pt-laptop');
    notices.notice('Firefox on Linux: connection refused (bad key)', 'pt-desk');
    notices.notice('An unknown device tried to connect to this phone. It was refused.');
    notices.clearAbout('pt-laptop');
    expect(notices.list.map((n) => n.text)).toEqual([
      'An unknown device tried to connect to this phone. It was refused.',
      'Firefox on Linux: connection refused (bad key)',
    ]);
    expect(changed).toHaveBeenCalledTimes(4);
    // Nothing about it left: no change, no redraw.
    notices.clearAbout('pt-laptop');
    expect(changed).toHaveBeenCalledTimes(4);
  });

  it('closes a notice the person dismissed', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const notices = new Notices(() => undefined);
    notices.notice('one');
    notices.notice('two');
    notices.dismiss('one');
    expect(notices.list.map((n) => n.text)).toEqual(['two']);
  });
});
