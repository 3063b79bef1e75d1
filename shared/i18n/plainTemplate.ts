/**
 * The catalogue texts that need none of i18next's machinery: plain text with at most simple
 * `{name}` placeholders. Rendering one of those is a lookup and a few string joins, where
 * i18next's `t` resolves the key, runs its interpolation and nesting passes and builds
 * option objects on every call; on the board's first render at 500 people, i18next was the
 * largest single cost of our own calls (docs/performance.md, fourth round: cold start).
 *
 * The result must be exactly i18next's (tests/unit/i18n/plainTemplate.test.ts compares every
 * key of both catalogues). So anything i18next treats specially goes to i18next: nesting
 * (`$t(`), any other use of a brace (formats, `{- name}`), parameters i18next reads as
 * options (`context`, `ordinal`, ...), a parameter the text does not use, a placeholder
 * without a text value. A plural's form is chosen as i18next chooses it (translator.ts).
 */

/** A text split at its placeholders: literals[0] name[0] literals[1] ... name[n-1] literals[n]. */
export interface PlainTemplate {
  literals: readonly string[];
  names: readonly string[];
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** Parameter names i18next takes as options of the lookup rather than as values (`count`: translator.ts). */
const I18NEXT_OPTIONS = new Set([
  'context',
  'ordinal',
  'lng',
  'lngs',
  'ns',
  'keyPrefix',
  'defaultValue',
  'replace',
  'interpolation',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'skipInterpolation',
  'nest',
  'fallbackLng',
]);

/** The template of a catalogue text, or null when only i18next may render it. */
export function plainTemplate(text: unknown): PlainTemplate | null {
  if (typeof text !== 'string' || text.includes('$t(')) return null;
  const literals: string[] = [];
  const names: string[] = [];
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (I18NEXT_OPTIONS.has(name)) return null;
    literals.push(text.slice(from, match.index));
    names.push(name);
    from = match.index + match[0].length;
  }
  literals.push(text.slice(from));
  // A brace that is not a simple placeholder is i18next's business.
  if (literals.some((literal) => literal.includes('{'))) return null;
  return { literals, names };
}

/** The template filled with `values`, or null when i18next must do it (see above). */
export function fillPlain(
  template: PlainTemplate,
  values: Readonly<Record<string, unknown>> | undefined,
): string | null {
  const { literals, names } = template;
  if (values === undefined) return names.length === 0 ? literals[0]! : null;
  for (const name of Object.keys(values)) if (!names.includes(name)) return null;
  let text = literals[0]!;
  for (let index = 0; index < names.length; index += 1) {
    const value = values[names[index]!];
    if (typeof value !== 'string') return null;
    text += value + literals[index + 1]!;
  }
  return text;
}
