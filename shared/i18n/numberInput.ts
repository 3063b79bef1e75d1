import type { Lang } from '../domain/text.js';
import { message, type Message } from './message.js';
import { localeOf, NUMBER_FRACTION_DIGITS } from './translator.js';

/**
 * Numbers a person types into a field (hours, fte, a limit), read the same way whatever
 * the browser's language and the app's language are. Dutch writes 7,5, English 7.5, and a
 * decimal point typed on a numeric keypad is common in the Netherlands, so both "," and
 * "." are the decimal separator. Nobody types thousands separators into these fields (the
 * largest is 1000 hours); a separator followed by three or more digits ("1.000") is
 * refused rather than guessed, because it could mean a thousand or one. A minus sign is
 * read too: "-3" is a number, below the field's range, and gets the range's reason.
 */
export interface NumberRule {
  readonly min: number;
  readonly max?: number;
  /** Only whole numbers (people, seconds). */
  readonly whole?: boolean;
  /** Empty is allowed and means "not set" (null). */
  readonly optional?: boolean;
}

/** What the text says: a number (or null for an allowed empty field), or why it is refused. */
export type NumberReading = { ok: true; value: number | null } | { ok: false; problem: Message };

// As many decimals as the planner writes, so a typed number is shown as typed.
const MAX_FRACTION_DIGITS = NUMBER_FRACTION_DIGITS;
const NUMBER_TEXT = /^(-?)(\d*)(?:[.,](\d*))?$/;

export function readNumberInput(text: string, rule: NumberRule): NumberReading {
  const trimmed = text.replace(/\s/g, '');
  if (trimmed === '') return rule.optional ? { ok: true, value: null } : { ok: false, problem: rangeProblem(rule) };
  const parts = NUMBER_TEXT.exec(trimmed);
  const sign = parts?.[1] ?? '';
  const whole = parts?.[2] ?? '';
  const fraction = parts?.[3] ?? '';
  if (!parts || (whole === '' && fraction === '') || fraction.length > MAX_FRACTION_DIGITS) {
    return {
      ok: false,
      problem: rule.whole ? message('numberInput.whole') : message('numberInput.notNumber', { example: 7.5 }),
    };
  }
  // `|| 0`: "-0" is zero, not Intl's "-0".
  const value = Number(`${sign}${whole || '0'}.${fraction || '0'}`) || 0;
  if (rule.whole && !Number.isInteger(value)) return { ok: false, problem: message('numberInput.whole') };
  if (value < rule.min) return { ok: false, problem: message('numberInput.tooLow', { min: rule.min }) };
  if (rule.max !== undefined && value > rule.max) {
    return { ok: false, problem: message('numberInput.tooHigh', { max: rule.max }) };
  }
  return { ok: true, value };
}

function rangeProblem(rule: NumberRule): Message {
  return rule.max === undefined
    ? message('numberInput.emptyFrom', { min: rule.min })
    : message('numberInput.empty', { min: rule.min, max: rule.max });
}

// Without grouping: "1.234" in a field would read back as one and a bit.
const inputFormats = new Map<Lang, Intl.NumberFormat>();

/** A number as the field shows it in the app's language: 7,5 / 7.5, never a thousands separator. */
export function numberInputText(lang: Lang, value: number): string {
  let format = inputFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), { useGrouping: false, maximumFractionDigits: MAX_FRACTION_DIGITS });
    inputFormats.set(lang, format);
  }
  return format.format(value);
}
