import { translator, type Message } from '../../shared/i18n/index.js';

/** A Message as the Dutch or English user reads it, for assertions on wording. */
export const nl = (text: Message): string => translator('nl').render(text);
export const en = (text: Message): string => translator('en').render(text);
