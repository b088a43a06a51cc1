/**
 * What the analyst confirms about a document before its claims are stored: title, outlet, URL and
 * publication date, prefilled from the file where it says them.
 */
export interface DocumentMeta {
  title: string;
  outlet: string;
  url: string;
  /** `YYYY-MM-DD` or ''. */
  published: string;
}

export function emptyMeta(): DocumentMeta {
  return { title: '', outlet: '', url: '', published: '' };
}

/**
 * The calendar date of a timestamp as written, without moving it to another time zone:
 * `2025-03-14T23:30:00+05:00` is the 14th, as its outlet printed it.
 * @example isoDay('2025-03-14T23:30:00+05:00') // '2025-03-14'
 * @example isoDay('March 2025') // ''
 */
export function isoDay(raw: string): string {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(raw);
  return match ? calendarDay(match[1]!, match[2]!, match[3]!) : '';
}

/**
 * `YYYY-MM-DD` when year, month and day name a day of the calendar, else '' (a date read from a
 * page's or a PDF's metadata is checked before it prefills the form).
 *
 * @example calendarDay('2025', '02', '29') // ''
 */
export function calendarDay(y: string, m: string, d: string): string {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
    ? `${y}-${m}-${d}`
    : '';
}

/** A web address the app may turn into a link, or ''. */
export function webUrl(raw: string): string {
  const trimmed = raw.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : '';
}

/** Collapses runs of white space, as a title or outlet reads on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A document's title when it gives none: its file name without the extension.
 * @example titleFromFileName('q3-report_final.pdf') // 'q3 report final'
 */
export function titleFromFileName(fileName: string): string {
  return oneLine(fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' '));
}
