export { baseKey, CATALOGUES, type CatalogueKey, type MessageKey } from './catalogue.js';
export { isLocalText, isMessage, message, type Message, type MessageParam, type MessageParams } from './message.js';
export { translator, type Translator } from './translator.js';
export { bothLanguagesOf, textIn } from './bothLanguages.js';
