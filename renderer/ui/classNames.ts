/** A className from parts, leaving out the ones that do not apply (false, null, undefined, ''). */
export function classNames(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}
