import { translator, type Message } from '../../../../shared/i18n/index.js';

/** An advice message as the Dutch or English screen shows it. */
export const nl = (text: Message): string => translator('nl').render(text);
export const en = (text: Message): string => translator('en').render(text);
