import type { print as nl } from '../nl/print.js';

export const print: Record<keyof typeof nl, string> = {};
