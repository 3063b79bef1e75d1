import { DISCIPLINES } from '../catalogue/disciplines.js';
import { EXPERTISE } from '../catalogue/expertise.js';
import type { CompetencyDto } from '../api/entities.js';
import { CONTRACT_HOURS_RULE } from '../domain/hourRules.js';
import { readNumberInput } from '../i18n/numberInput.js';

/**
 * Which spreadsheet column means what. Headers are matched without regard to case, spaces
 * or accents, in Dutch or English; a competency column may carry its key, Dutch or English
 * name. An unknown header is an error, so a misspelt competency never silently drops ratings.
 */

export type FieldColumn =
  'name' | 'discipline' | 'organisation' | 'binding' | 'contractHours' | 'expertise' | 'assessedOn';
/** A part of the name in its own column, as HR systems export it: put together as "Jan van den Berg". */
export type NamePart = 'firstName' | 'infix' | 'lastName';
export type Column =
  { kind: 'field'; field: FieldColumn } | { kind: 'namePart'; part: NamePart } | { kind: 'competency'; key: string };

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-/]+/g, '');
}

/**
 * The headers each field is recognised by (normalised); the first is the Dutch one, the one after it often the
 * English.
 */
const FIELD_HEADERS: Record<FieldColumn, string[]> = {
  name: ['naam', 'name', 'volledigenaam'],
  discipline: ['discipline', 'vakgebied', 'beroep'],
  organisation: ['organisatie', 'moederorganisatie', 'organisation', 'organization', 'werkgever'],
  binding: ['binding', 'verbinding'],
  contractHours: ['contracturen', 'uren', 'urenperweek', 'contracthours', 'hours'],
  expertise: ['expertise', 'vakkennis', 'specialismen'],
  assessedOn: ['beoordeeldop', 'beoordelingsdatum', 'laatstebeoordeling', 'assessedon', 'assessed'],
};

/** The headers of the name's parts (normalised), Dutch first; "roepnaam" is left out, as it sits beside "voornaam". */
const NAME_PART_HEADERS: Record<NamePart, string[]> = {
  firstName: ['voornaam', 'firstname', 'givenname'],
  infix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'infix'],
  lastName: ['achternaam', 'familienaam', 'geslachtsnaam', 'lastname', 'surname', 'familyname'],
};

/** The parts in the order they make a name. */
export const NAME_PARTS = Object.keys(NAME_PART_HEADERS) as NamePart[];

/** The fields in the order a template lists them (the order of FIELD_HEADERS). */
export const FIELD_COLUMNS = Object.keys(FIELD_HEADERS) as FieldColumn[];

/** The words a binding cell may hold (normalised): Dutch first, then English, then the letter. */
export const BINDING_WORDS: Record<'hierarchical' | 'functional', readonly string[]> = {
  hierarchical: ['hierarchisch', 'hierarchical', 'h'],
  functional: ['functioneel', 'functional', 'f'],
};

/** Everyday Dutch words people put above a competency column instead of the profile's name. */
const COMPETENCY_ALIASES: Record<string, string> = {
  empathie: 'empathy',
  flexibiliteit: 'flexibility',
  aanpassen: 'adaptability',
  conflicten: 'conflict',
  innovatie: 'innovation',
  netwerk: 'networking',
  overtuigen: 'persuasion',
  samenwerking: 'cooperation',
  ontwikkeling: 'selfdevelopment',
};

export function columnIndex(competencies: readonly CompetencyDto[]): Map<string, Column> {
  const index = new Map<string, Column>();
  for (const [field, names] of Object.entries(FIELD_HEADERS)) {
    for (const n of names) index.set(n, { kind: 'field', field: field as FieldColumn });
  }
  for (const [part, names] of Object.entries(NAME_PART_HEADERS)) {
    for (const n of names) index.set(n, { kind: 'namePart', part: part as NamePart });
  }
  for (const c of competencies) {
    for (const n of [c.key, c.name.nl, c.name.en]) index.set(normalise(n), { kind: 'competency', key: c.key });
  }
  const known = new Set(competencies.map((c) => c.key));
  for (const [alias, key] of Object.entries(COMPETENCY_ALIASES)) {
    if (known.has(key) && !index.has(alias)) index.set(alias, { kind: 'competency', key });
  }
  return index;
}

const disciplineIndex = new Map<string, string>();
for (const d of DISCIPLINES) for (const n of [d.key, d.name.nl, d.name.en]) disciplineIndex.set(normalise(n), d.key);

/**
 * Expertise by key or full name, and by the first word of a name ("jeugd" for "Jeugd en
 * gezin") when that word belongs to one expertise only: what people type in a cell.
 */
const expertiseIndex = new Map<string, string>();
const firstWords = new Map<string, string | null>();
for (const e of EXPERTISE) {
  for (const n of [e.key, e.name.nl, e.name.en]) expertiseIndex.set(normalise(n), e.key);
  for (const n of [e.name.nl, e.name.en]) {
    const word = normalise(n.split(/\s+/)[0] ?? '');
    const owner = firstWords.get(word);
    firstWords.set(word, owner === undefined || owner === e.key ? e.key : null);
  }
}
for (const [word, key] of firstWords) if (key !== null && !expertiseIndex.has(word)) expertiseIndex.set(word, key);

export function disciplineKey(text: string): string | null {
  return disciplineIndex.get(normalise(text)) ?? null;
}

function expertiseKey(text: string): string | null {
  return expertiseIndex.get(normalise(text)) ?? null;
}

/** What a person brings without a stated level: competent (2), the meaning of plan format 1. */
const DEFAULT_EXPERTISE_LEVEL = 2;

type ExpertiseCell =
  | { kind: 'held'; key: string; level: number }
  | { kind: 'unknown'; name: string }
  | { kind: 'badLevel'; name: string; level: string };

/**
 * One entry of the expertise column: an expertise by key or by Dutch or English name,
 * optionally followed by a colon and a level 1-4 (`jeugd:3`, `Debt : 1`). Level 0 would
 * mean "not held", so it is refused like any other wrong level rather than silently kept.
 */
export function expertiseCell(part: string): ExpertiseCell {
  const colon = part.indexOf(':');
  const name = (colon < 0 ? part : part.slice(0, colon)).trim();
  const level = colon < 0 ? '' : part.slice(colon + 1).trim();
  const key = expertiseKey(name);
  if (!key) return { kind: 'unknown', name };
  if (colon < 0) return { kind: 'held', key, level: DEFAULT_EXPERTISE_LEVEL };
  if (!/^[1-4]$/.test(level)) return { kind: 'badLevel', name, level };
  return { kind: 'held', key, level: Number(level) };
}

export function bindingValue(text: string): 'hierarchical' | 'functional' | null {
  const n = normalise(text);
  if (BINDING_WORDS.hierarchical.includes(n)) return 'hierarchical';
  if (BINDING_WORDS.functional.includes(n)) return 'functional';
  return null;
}

/** `2024-03-01`, `1-3-2024` or `01-03-2024` (Dutch order) as an ISO date, or null. */
export function isoDate(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Contract hours as a cell holds them (`32`, `32,5`, `32.5`), read by the contract field's
 * own rule, or null when that rule refuses them (empty, above 60, "1.000", letters).
 */
export function hoursValue(text: string): number | null {
  const reading = readNumberInput(text, CONTRACT_HOURS_RULE);
  return reading.ok ? reading.value : null;
}
