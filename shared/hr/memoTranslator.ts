import { isLocalText, isMessage, type Message, type MessageParam, type MessageParams } from '../i18n/message.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Translator } from '../i18n/translator.js';

/**
 * A translator that asks i18next once per message *shape* and fills in the values itself.
 * An export of a thousand teams words hundreds of thousands of messages; the matrix
 * cells alone are tens of thousands of distinct sentences (names, levels and counts
 * differ), so remembering finished texts left i18next at a third of the XLSX in profiles.
 *
 * A shape is a key with the names of its parameters (and the number `count`, which picks
 * the plural form and is written into the text). For a new shape the plain translator
 * words the message once with a marker in place of each value; the text around the
 * markers is the template. That is exact because i18next (escapeValue off, skipOnVariables
 * on) puts a value into the text as it is and never reads it again. Each template is
 * checked once against the plain translator with the real values; a shape that differs,
 * or that uses a parameter name i18next reads as an option of its own, is always worded
 * by the plain translator.
 *
 * Values are prepared as the translator prepares them: numbers in the language's format,
 * a nested message rendered first (by this translator), a user's own text in the
 * language. Keep one per export or per overview: it remembers every shape it met.
 */
export function memoTranslator(tr: Translator): Translator {
  // Per key the shapes met so far (rarely more than a few): compared name by name, so no
  // identifying string is built for each of the hundreds of thousands of messages.
  const shapes = new Map<MessageKey, Shape[]>();
  const bare = new Map<string, string>();
  const numbers = new Map<number, string>();

  const t: Translator['t'] = (key, params) => {
    if (params === undefined) return bareText(key);
    const names = Object.keys(params);
    const count = typeof params.count === 'number' ? params.count : undefined;
    const values = names.map((name) => (name === 'count' && count !== undefined ? '' : prepared(params[name]!)));
    let known = shapes.get(key);
    if (known === undefined) {
      known = [];
      shapes.set(key, known);
    }
    let shape = known.find((s) => s.count === count && sameNames(s.names, names));
    if (shape === undefined) {
      shape = { names, count, template: learnShape(key, names, params, values) };
      known.push(shape);
    }
    return shape.template === 'plain' ? tr.t(key, params) : fill(shape.template, values);
  };

  // Levels, counts and hours repeat endlessly; Intl's formatting of each was a tenth of the wording.
  const numberText = (value: number): string => {
    let text = numbers.get(value);
    if (text === undefined) {
      text = tr.number(value);
      numbers.set(value, text);
    }
    return text;
  };

  const bareText = (key: MessageKey): string => {
    let text = bare.get(key);
    if (text === undefined) {
      text = tr.t(key);
      bare.set(key, text);
    }
    return text;
  };

  const prepared = (value: MessageParam): string =>
    typeof value === 'number'
      ? numberText(value)
      : isMessage(value)
        ? render(value)
        : isLocalText(value)
          ? value[tr.lang]
          : value;

  /** The template of a new shape, proven on its first real values, or 'plain'. */
  const learnShape = (
    key: MessageKey,
    names: readonly string[],
    params: MessageParams,
    values: readonly string[],
  ): Template | 'plain' => {
    if (names.some((name) => I18NEXT_OPTIONS.has(name) || (name === 'count' && typeof params.count !== 'number'))) {
      return 'plain';
    }
    const markers: Record<string, MessageParam> = {};
    names.forEach((name, i) => {
      markers[name] = name === 'count' ? params.count! : `${MARK_OPEN}${i}${MARK_CLOSE}`;
    });
    const template = parseTemplate(tr.t(key, markers));
    return fill(template, values) === tr.t(key, params) ? template : 'plain';
  };

  const render = (text: Message): string => t(text.key, text.params);
  return { lang: tr.lang, t, render, number: (value) => tr.number(value) };
}

interface Shape {
  readonly names: readonly string[];
  /** A numeric `count` picks the plural form and is written into the template. */
  readonly count: number | undefined;
  readonly template: Template | 'plain';
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** Text pieces and, between them, the index of the parameter whose value goes there. */
type Template = readonly (string | number)[];

// Characters no catalogue text holds (Unicode's private use area), so a marker cannot be mistaken.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/g;

/** Parameter names i18next reads as options (language, context, plural...): never templated. */
const I18NEXT_OPTIONS = new Set([
  'lng',
  'lngs',
  'ns',
  'context',
  'ordinal',
  'defaultValue',
  'replace',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'skipInterpolation',
  'nest',
  'keyPrefix',
  'fallbackLng',
]);

function parseTemplate(text: string): Template {
  const parts: (string | number)[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    parts.push(text.slice(last, match.index), Number(match[1]));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function fill(template: Template, values: readonly string[]): string {
  let text = '';
  for (const part of template) text += typeof part === 'number' ? values[part]! : part;
  return text;
}
