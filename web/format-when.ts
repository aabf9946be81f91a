/**
 * Today's texts by time, older ones by date, as messaging apps do, written in `locale` (the
 * runtime's own when undefined). Each app passes the locale of the language it chose.
 */
export function formatWhenIn(locale: string | undefined): (date: number, now?: number) => string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return (date, now = Date.now()) =>
    new Date(date).toDateString() === new Date(now).toDateString() ? time.format(date) : day.format(date);
}

/** Today's texts by time, older ones by date, in the runtime's locale. */
export const formatWhen: (date: number, now?: number) => string = formatWhenIn(undefined);
