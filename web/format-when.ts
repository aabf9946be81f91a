const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** Today's texts by time, older ones by date, as messaging apps do. */
export function formatWhen(date: number, now = Date.now()): string {
  return new Date(date).toDateString() === new Date(now).toDateString()
    ? time.format(date)
    : day.format(date);
}
