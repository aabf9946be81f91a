// @vitest-environment happy-dom
import { maybePart, mount, part, until } from '@web/component-fixture';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhoneService } from '../phone/phone-service';
import './pt-code-pairing';

type Answer = { ok: true } | { ok: false; error: string };

/** The phone's service as far as this form uses it: each typed code, answered as the test says. */
function service(...answers: Answer[]) {
  const pairWithCode = vi.fn((_typed: string) => Promise.resolve(answers.shift() ?? { ok: true }));
  return { pairWithCode, service: { pairWithCode } as unknown as PhoneService };
}

function typeCode(form: Element, code: string): void {
  const input = part<HTMLInputElement>(form, 'code-input');
  input.value = code;
  input.dispatchEvent(new InputEvent('input'));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-code-pairing', () => {
  it('pairs with the code as typed, then clears the box', async () => {
    const { pairWithCode, service: phone } = service({ ok: true });
    const form = await mount('pt-code-pairing', { service: phone });
    typeCode(form, 'abcd-2345');
    part(form, 'code-pair').click();
    await until(() => part<HTMLInputElement>(form, 'code-input').value === '', 'the box to clear');
    expect(pairWithCode.mock.calls).toEqual([['abcd-2345']]);
    expect(maybePart(form, 'code-error')).toBeUndefined();
  });

  it('takes one code at a time: the button waits for the answer', async () => {
    let answer: (value: Answer) => void = () => undefined;
    const pairWithCode = vi.fn(() => new Promise<Answer>((resolve) => (answer = resolve)));
    const form = await mount('pt-code-pairing', { service: { pairWithCode } as unknown as PhoneService });
    typeCode(form, 'ABCD-2345');
    part(form, 'code-pair').click();
    await form.updateComplete;
    expect(part<HTMLButtonElement>(form, 'code-pair').disabled).toBe(true);
    answer({ ok: true });
    await until(() => !part<HTMLButtonElement>(form, 'code-pair').disabled, 'the button to come back');
  });

  it('says why a code did not pair and keeps it to correct; a code that pairs clears the error', async () => {
    const { pairWithCode, service: phone } = service(
      { ok: false, error: 'No computer is showing that code.' },
      { ok: true },
    );
    const form = await mount('pt-code-pairing', { service: phone });
    typeCode(form, 'ABCD-2354');
    part(form, 'code-pair').click();
    await until(() => maybePart(form, 'code-error') !== undefined, 'the error');
    expect(part(form, 'code-error').textContent).toBe('No computer is showing that code.');
    expect(part<HTMLInputElement>(form, 'code-input').value).toBe('ABCD-2354');
    expect(part<HTMLButtonElement>(form, 'code-pair').disabled).toBe(false);

    typeCode(form, 'ABCD-2345');
    part(form, 'code-pair').click();
    await until(() => maybePart(form, 'code-error') === undefined, 'the error to go');
    expect(pairWithCode.mock.calls).toEqual([['ABCD-2354'], ['ABCD-2345']]);
    expect(part<HTMLInputElement>(form, 'code-input').value).toBe('');
  });
});
