import type { Lang } from '../domain/text.js';
import { en } from './locales/en/index.js';
import { nl } from './locales/nl/index.js';

/** One message catalogue per language; Dutch is the default. */
export const CATALOGUES: Record<Lang, Readonly<Record<CatalogueKey, string>>> = { nl, en };

/** A key as it stands in the catalogue, plural forms included (`x_one`, `x_other`). */
type CatalogueKey = keyof typeof nl;

type WithoutPluralSuffix<K> = K extends `${infer Base}_one` ? Base : K extends `${infer Base}_other` ? Base : K;

/** A key as code asks for it: plural forms are chosen by the `count` parameter. */
export type MessageKey = WithoutPluralSuffix<CatalogueKey>;

const PLURAL_SUFFIX = /_(one|other)$/;

/** The key code asks for, for a catalogue key (`x_one` -> `x`). */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}
