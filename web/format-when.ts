/**
 * Today's texts by time, older ones by date, as messaging apps do, in `locale`'s way (undefined is
 * the runtime's default). Takes no words from any catalogue: the extension passes its UI language,
 * the phone app the language it chose; each has its own catalogue.
 */
export function whenFormatter(locale?: string): (date: number, now?: number) => string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return (date, now = Date.now()) =>
    new Date(date).toDateString() === new Date(now).toDateString() ? time.format(date) : day.format(date);
}

/** Today's texts by time, older ones by date, in the runtime's default locale. */
export const formatWhen = whenFormatter();
