/** The user's calendar date as ISO (YYYY-MM-DD), in their own time zone (toISOString would give UTC's date). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
