import type { Lang, LocalText } from '../domain/text.js';

/**
 * The one way the planner writes a date or a moment for a person to read, in the user's
 * local time: "30 november 2026" and "30 november 2026 om 13:07" ("30 November 2026" and
 * "30 November 2026 at 13:07" in English). Every screen, printout and notice goes through
 * here, so the backups, the wachtrij, a conflict and the startup notice read alike. Dates in
 * file names are `localToday` (shared/domain/today.ts): the same local calendar day,
 * sortable.
 */
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

// One formatter per language and kind: creating an Intl.DateTimeFormat is far more
// expensive than formatting with one (a backups list formats every row).
const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
const momentFormats = new Map<Lang, Intl.DateTimeFormat>();
const secondFormats = new Map<Lang, Intl.DateTimeFormat>();

function formatOf(cache: Map<Lang, Intl.DateTimeFormat>, lang: Lang, options: Intl.DateTimeFormatOptions) {
  let format = cache.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], options);
    cache.set(lang, format);
  }
  return format;
}

/** A stored moment: a Date, or the ISO text the store and the API carry. */
type Moment = Date | string;

function asDate(when: Moment): Date {
  return typeof when === 'string' ? new Date(when) : when;
}

/** A calendar day: "30 november 2026". */
export function formatDay(lang: Lang, when: Moment): string {
  return formatOf(dayFormats, lang, { dateStyle: 'long' }).format(asDate(when));
}

/** A moment, to the minute: "30 november 2026 om 13:07". */
export function formatMoment(lang: Lang, when: Moment): string {
  return formatOf(momentFormats, lang, { dateStyle: 'long', timeStyle: 'short' }).format(asDate(when));
}

/** A moment to the second: "30 november 2026 om 13:07:42". */
export function formatMomentToSecond(lang: Lang, when: Moment): string {
  return formatOf(secondFormats, lang, { dateStyle: 'long', timeStyle: 'medium' }).format(asDate(when));
}

/**
 * The moments of one list (the backups), each as formatMoment writes it, except where two
 * of them fall in the same minute: those are written to the second. Where two fall in the
 * same second too (the start backup and one made by hand, two clicks in a row), each gets
 * its place within that second after it, counted in the order they were made: "om
 * 13:07:42 (1)", "om 13:07:42 (2)". So no two rows, no two button labels a screen reader
 * reads and no notice naming one of them say the same moment. A moment named by a screen
 * that shows the list (the notice after a restore) goes through here with that same list,
 * so it reads as its row does. Only the very same instant (to the millisecond) reads alike.
 */
export function listedMoments(lang: Lang, moments: readonly Moment[]): (when: Moment) => string {
  const perMinute = new Map<string, number>();
  // Per second as written, the distinct instants in it, earliest first.
  const perSecond = new Map<string, number[]>();
  for (const when of moments) {
    const minute = formatMoment(lang, when);
    perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
    const second = formatMomentToSecond(lang, when);
    const instants = perSecond.get(second) ?? [];
    const instant = asDate(when).getTime();
    if (!instants.includes(instant)) instants.push(instant);
    perSecond.set(second, instants);
  }
  for (const instants of perSecond.values()) instants.sort((a, b) => a - b);
  return (when) => {
    const minute = formatMoment(lang, when);
    if ((perMinute.get(minute) ?? 0) < 2) return minute;
    const second = formatMomentToSecond(lang, when);
    const instants = perSecond.get(second) ?? [];
    const place = instants.indexOf(asDate(when).getTime()) + 1;
    return instants.length > 1 && place > 0 ? `${second} (${place})` : second;
  };
}

/**
 * A stored calendar day ("2024-03-01", an assessment date) the long way: "1 maart 2024".
 * Read as that day in local time: `new Date("2024-03-01")` is UTC's midnight, which is the
 * day before west of Greenwich. Anything that is not such a day is shown as it is.
 */
export function formatCalendarDay(lang: Lang, isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  return formatDay(lang, new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** A calendar day in both languages, for a message that is rendered later. */
export function calendarDayText(isoDay: string): LocalText {
  return { nl: formatCalendarDay('nl', isoDay), en: formatCalendarDay('en', isoDay) };
}

/** A moment in both languages, for a message that is rendered later in the user's language. */
export function momentText(when: Moment): LocalText {
  return { nl: formatMoment('nl', when), en: formatMoment('en', when) };
}

/**
 * A moment of a list in both languages, as `listedMoments` writes it in that list: for a
 * message rendered later that names one row (the toast after a backup by hand), so it reads
 * as the row does, to the second where the row is.
 */
export function listedMomentText(moments: readonly Moment[], when: Moment): LocalText {
  return { nl: listedMoments('nl', moments)(when), en: listedMoments('en', moments)(when) };
}

/**
 * A stored calendar day ("2024-03-01") in a spreadsheet's cell: a real date, so Excel and
 * LibreOffice sort and filter it as one, shown the long way of this file ("1 maart 2024").
 * Written instead of text by the XLSX writer (db/export/xlsxWriter.ts); a CSV keeps the ISO
 * day, which both programs read as a date.
 */
export interface SpreadsheetDay {
  isoDay: string;
  lang: Lang;
}

/**
 * The number format of a SpreadsheetDay: the long date of formatDay, with the language
 * code of LOCALES (0413 nl-NL, 0809 en-GB) so the month names are the export's language,
 * whatever the language of the program that opens it.
 */
const SPREADSHEET_LOCALE: Record<Lang, string> = { nl: '[$-413]', en: '[$-809]' };

export function spreadsheetDayFormat(lang: Lang): string {
  return `${SPREADSHEET_LOCALE[lang]}d mmmm yyyy`;
}

/**
 * The day as the Date a spreadsheet library stores: midnight UTC of that day, since a
 * spreadsheet's dates have no time zone and exceljs writes a Date's UTC day. Null for
 * anything that is not such a day.
 */
export function spreadsheetDate(isoDay: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}
