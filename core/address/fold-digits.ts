/**
 * Folds the look-alike characters a phone number can arrive in to ASCII: fullwidth digits and
 * `＋（）－．` (from CJK input methods), the ideographic space, Arabic-Indic digits (U+0660–0669) and
 * Eastern Arabic-Indic/Persian digits (U+06F0–06F9). Everything else is left as it is, so a check
 * that runs afterwards sees '+447911123456' however the digits were typed.
 */
export function foldDigits(input: string): string {
  return input.replace(
    /[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9\uFF0B\uFF08\uFF09\uFF0D\uFF0E\u3000]/g,
    (c) => {
      const code = c.charCodeAt(0);
      if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10);
      if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
      if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
      return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
    },
  );
}
