/**
 * The app's one rule for "does this text contain what was typed": any part of it, upper or
 * lower case alike, accents alike ("noord" finds "Wijkteam Noord-Oost 12", "celine" finds
 * "Céline"). The pool's search, the professionals' search and the header's team picker all
 * use it, so a user learns one rule.
 */
export function containsSearch(text: string, typed: string): boolean {
  const wanted = searchForm(typed.trim());
  return wanted === '' || searchForm(text).includes(wanted);
}

/** Without accents and in lower case (Dutch rules), so two spellings of one word compare equal. */
function searchForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl');
}
