/**
 * Loads the browser's ICU data that the app's first moments need, so it is paid while the
 * main thread would otherwise wait. The first use of `Intl` in a fresh renderer process loads
 * ICU (25-100 ms measured in the bench's Chromium), and each new locale or service (number,
 * plural, collation, list) loads a little more. Without this, that came in the app chunk's
 * evaluation (react-aria asks `Intl` for the browser's default locale at module load) and
 * in the board's first render (numbers, plurals, the pool's Dutch name order, react-aria's
 * list formatters). main.tsx calls this right after the startup calls have left, while the
 * app chunk is still being parsed and compiled off the main thread. What it creates is
 * thrown away: ICU keeps the loaded data for the objects the app makes later.
 */
export function warmUpIntl(browserLocale: string): void {
  try {
    Intl.DateTimeFormat.supportedLocalesOf([browserLocale]);
    new Intl.ListFormat(browserLocale, { type: 'conjunction' }).format(['a', 'b']);
    for (const locale of ['nl-NL', 'en-GB']) new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(1.5);
    for (const lang of ['nl', 'en']) new Intl.PluralRules(lang, { type: 'cardinal' }).select(1);
    new Intl.Collator('nl').compare('a', 'b');
  } catch {
    // Only a head start: should a browser refuse a locale here, the app meets the same later and handles it there.
  }
}
