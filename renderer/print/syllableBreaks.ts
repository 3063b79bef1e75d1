/**
 * Where a long word on paper may break: soft hyphens (U+00AD) between its Dutch syllables, so
 * a name too long for its table column breaks as "Schimmel-penninck", with a hyphen, not as
 * "Schimmelpenni / nck". CSS `hyphens: auto` would do this from the document's lang, but
 * Chromium has no hyphenation dictionaries on Windows and Linux (nor Electron anywhere but
 * macOS), so the planner marks the places itself. A soft hyphen shows only where the line
 * breaks; `overflow-wrap` in print.css stays the last resort for a word with no place found.
 *
 * The rule is Dutch spelling's simplest one: between two vowels one consonant goes to the
 * next syllable (ma-ken), of more consonants the longest ending that can start a Dutch
 * syllable does (wijk-ver-pleeg-kun-di-ge, on-der-steu-ning, maat-schap-pe-lijk). Names and
 * organisations are mostly Dutch; a break it misplaces in a foreign word is still a break
 * between letters with a hyphen, never a lost letter.
 */

/**
 * Words shorter than this fit the narrowest column they are printed in (the members table's
 * names, about 14 letters at 8.5 pt) and are left as typed: a PDF's text keeps the soft
 * hyphens, so fewer of them keep more words findable in a PDF viewer exactly as typed.
 */
const LONG_WORD = 14;
/** No break leaves fewer letters than these before or after it. */
const MIN_BEFORE = 3;
const MIN_AFTER = 3;
const SOFT_HYPHEN = '\u00ad';

const VOWELS = new Set('aeiouyàáâäèéêëìíîïòóôöùúûüýÿıAEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÝ');
/** Consonant groups that may start a Dutch syllable (beside any single consonant). */
const ONSETS = new Set([
  'bl', 'br', 'ch', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kn', 'kr', 'pl', 'pr', 'sch', 'schr', 'sj', 'sl', 'sm',
  'sn', 'sp', 'spr', 'st', 'str', 'tj', 'tr', 'vl', 'vr', 'wr', 'zw',
]); // prettier-ignore

function isVowel(char: string): boolean {
  return VOWELS.has(char);
}

/** The word (letters only) with a soft hyphen before every syllable but the first. */
function breakWord(word: string): string {
  if (word.length < LONG_WORD) return word;
  const letters = [...word];
  const vowel = (at: number) => isVowel(letters[at]!) || isIj(letters, at);
  const breaks = new Set<number>();
  let i = 0;
  // Before the first vowel there is no syllable to end.
  while (i < letters.length && !vowel(i)) i++;
  while (i < letters.length) {
    while (i < letters.length && vowel(i)) i++;
    const start = i;
    while (i < letters.length && !vowel(i)) i++;
    if (i === letters.length) break; // the word ends in consonants: no syllable follows
    const at = i - consonantsToTheRight(letters.slice(start, i).join('').toLowerCase());
    if (at >= MIN_BEFORE && letters.length - at >= MIN_AFTER) breaks.add(at);
  }
  return letters.map((char, at) => (breaks.has(at) ? SOFT_HYPHEN + char : char)).join('');
}

/**
 * Of the consonants between two vowels, how many start the next syllable: one of one (ma-ken),
 * "ch" whole (la-chen), else the longest ending that can start a syllable while one stays left.
 */
function consonantsToTheRight(cluster: string): number {
  if (cluster.length === 1 || cluster === 'ch') return cluster.length;
  for (let n = cluster.length - 1; n >= 2; n--) if (ONSETS.has(cluster.slice(cluster.length - n))) return n;
  return 1;
}

/** "ij" is one vowel in Dutch (wijk, lijk); its j is no consonant. */
function isIj(letters: readonly string[], at: number): boolean {
  const char = letters[at]!.toLowerCase();
  return char === 'j' && at > 0 && letters[at - 1]!.toLowerCase() === 'i';
}

/** The text with soft hyphens between the syllables of its long words (words split at spaces and hyphens). */
export function withSyllableBreaks(text: string): string {
  return text.replace(/\p{L}+/gu, breakWord);
}

/**
 * The text cut where its long words may break, for `<wbr>` between the parts
 * (renderer/print/Breakable.tsx). Not soft hyphens in the page: Chromium keeps every soft
 * hyphen in a PDF's text, so copying or searching "Schimmelpenninck" in a printed PDF met
 * invisible characters. A `<wbr>` is no character at all; the price is that a word broken
 * there shows no hyphen. A soft hyphen the text already has (a catalogue header's) is a
 * place to break too.
 */
export function syllableParts(text: string): string[] {
  return withSyllableBreaks(text).split(SOFT_HYPHEN);
}
