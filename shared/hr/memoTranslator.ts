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
  const shapes = new Map<string, Template | 'plain'>();
  const bare = new Map<string, string>();

  const t: Translator['t'] = (key, params) => {
    if (params === undefined) return bareText(key);
    const names = Object.keys(params);
    const values: string[] = [];
    let shapeId = key;
    for (const name of names) {
      const value = params[name]!;
      if (name === 'count' && typeof value === 'number') {
        shapeId += `\u0000count=${value}`;
        values.push('');
      } else {
        shapeId += `\u0000${name}`;
        values.push(prepared(value));
      }
    }
    let shape = shapes.get(shapeId);
    if (shape === undefined) {
      shape = learnShape(key, names, params, values);
      shapes.set(shapeId, shape);
    }
    return shape === 'plain' ? tr.t(key, params) : fill(shape, values);
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
      ? tr.number(value)
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
