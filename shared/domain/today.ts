/**
 * "Today" for the planner: the user's own calendar day as YYYY-MM-DD, in their local
 * time zone. Assessment ages, the HR lists, the print and the report all judge dates by
 * this one function; `toISOString()` would give UTC's date, which is yesterday or
 * tomorrow for a Dutch user around midnight. Pass a Date to pin the moment in tests.
 */
/**
 * The name of a file the planner writes: what it holds, then the day it was written
 * (`wijkteamplannen-2026-11-30.json`), so a folder of exports sorts and reads by day.
 */
export function datedFileName(stem: string, day: string, extension: string): string {
  return `${stem}-${day}.${extension}`;
}

export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
