// A date shown as "3 days ago", with the exact time on hover. Rendered on the server.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];
const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

function relativeTime(date: Date, now = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

/** A calendar day as YYYY-MM-DD (UTC), or `empty` when there is none. */
export function formatDay(date: Date | null | undefined, empty = ''): string {
  return date ? date.toISOString().slice(0, 10) : empty;
}

export function RelativeDate({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={date.toUTCString()}>
      {relativeTime(date)}
    </time>
  );
}
