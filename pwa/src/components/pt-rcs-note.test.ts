// @vitest-environment happy-dom
import { maybePart, mount, part } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import { RCS_NOTE_KEY } from './pt-rcs-note';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('pt-rcs-note', () => {
  it('says nothing without the Android app’s bridge', async () => {
    const note = await mount('pt-rcs-note');
    expect(maybePart(note, 'rcs-note')).toBeUndefined();
  });

  it('explains on the first run why RCS chats do not come through, and how to get SMS', async () => {
    const note = await mount('pt-rcs-note', { active: true });
    const text = part(note, 'rcs-note').textContent ?? '';
    expect(text).toContain('default SMS app');
    expect(text).toContain('Chat features');
    expect(text).toContain('Send SMS/MMS messages only');
  });

  it('once closed, stays closed on this phone', async () => {
    const note = await mount('pt-rcs-note', { active: true });
    part(note, 'rcs-note-dismiss').click();
    await note.updateComplete;
    expect(maybePart(note, 'rcs-note')).toBeUndefined();
    expect(localStorage.getItem(RCS_NOTE_KEY)).toBe('1');
    document.body.replaceChildren();
    const next = await mount('pt-rcs-note', { active: true });
    expect(maybePart(next, 'rcs-note')).toBeUndefined();
  });
});
