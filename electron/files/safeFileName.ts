/**
 * A suggested file name from the renderer, made safe to use as a default: no folders,
 * no characters Windows forbids, no control characters, and the expected extension.
 */
export function safeFileName(suggested: string, extension: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  let cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  if (cleaned === '') cleaned = 'wijkteamplanner';
  if (cleaned.length > 150) cleaned = cleaned.slice(0, 150);
  return cleaned.toLowerCase().endsWith(`.${extension}`) ? cleaned : `${cleaned}.${extension}`;
}
