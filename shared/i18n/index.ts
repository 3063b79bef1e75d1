export { type MessageKey } from './catalogue.js';
export { isMessage, message, type Message } from './message.js';
export { translator } from './translator.js';
