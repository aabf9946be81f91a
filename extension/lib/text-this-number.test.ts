import { describe, expect, it } from 'vitest';
import { menuChoice } from './text-this-number';

const ALICE = '+447911123456';

describe('menuChoice (the context menu’s decision)', () => {
  it.each([
    ['an international number', '+44 7911 123456', undefined],
    ['a national number, the browser being British', '07911 123456', 'GB' as const],
    ['a number with spaces and dashes around it', '  +44 7911-123-456\n', undefined],
  ])('puts %s in "To"', (_, selectionText, region) => {
    expect(menuChoice({ selectionText }, region)).toEqual({ to: ALICE });
  });

  it.each([
    ['tel:+447911123456', undefined],
    ['tel:07911%20123456', 'GB' as const],
    ['TEL:+44-7911-123456;ext=12', undefined],
  ])('puts the number of a %s link in "To"', (linkUrl, region) => {
    expect(menuChoice({ linkUrl }, region)).toEqual({ to: ALICE });
  });

  it('keeps a tel: link’s number as the page wrote it when it does not parse, for compose to explain', () => {
    expect(menuChoice({ linkUrl: 'tel:07911%20123456' })).toEqual({ to: '07911 123456' });
    expect(menuChoice({ linkUrl: 'tel:50%' })).toEqual({ to: '50%' });
  });

  it('sends a sentence with a number inside it as the text, not to the number', () => {
    const selectionText = 'Call me on +44 7911 123456 after six';
    expect(menuChoice({ selectionText }, 'GB')).toEqual({ body: selectionText });
  });

  it.each(['hello there', '+1 234', '2024', 'BANK', '12;drop', ''])(
    'sends %j as the text: it is not a phone number',
    (selectionText) => {
      expect(menuChoice({ selectionText }, 'GB')).toEqual({ body: selectionText });
    },
  );

  it('reads a national number as text without the browser’s region, rather than guess a country', () => {
    expect(menuChoice({ selectionText: '07911 123456' })).toEqual({ body: '07911 123456' });
  });

  it('a selection inside an ordinary link is still a selection', () => {
    expect(menuChoice({ selectionText: '+44 7911 123456', linkUrl: 'https://example.com/' })).toEqual({
      to: ALICE,
    });
  });
});
