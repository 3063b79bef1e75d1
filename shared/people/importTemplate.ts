import type { CompetencyDto } from '../api/entities.js';
import { DISCIPLINES } from '../catalogue/disciplines.js';
import { EXPERTISE } from '../catalogue/expertise.js';
import type { Lang } from '../domain/text.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { listOf } from '../i18n/listOf.js';
import { message, type Message } from '../i18n/message.js';
import { translator } from '../i18n/translator.js';
import { BINDING_WORDS, FIELD_COLUMNS, NAME_PARTS, type FieldColumn, type NamePart } from './professionalColumns.js';

/**
 * The spreadsheet a team leader fills in to import professionals: exactly the columns the
 * importer reads (the fields of professionalColumns.ts in their order, then one column per
 * competency of the catalogue, own ones included) with one example row. Headers and
 * values are in the UI language; the importer accepts both languages, and a test reads
 * the template back through the importer in each.
 */

/** Each field's header in the template; the importer names the columns it knows by the same words. */
const FIELD_HEADER_KEY: Record<FieldColumn, MessageKey> = {
  name: 'people.template.name',
  discipline: 'people.template.discipline',
  organisation: 'people.template.organisation',
  binding: 'people.template.binding',
  contractHours: 'people.template.contractHours',
  expertise: 'people.template.expertise',
  assessedOn: 'people.template.assessedOn',
};

/** The headers of a name in parts, which the importer puts together; the template itself has one name column. */
const NAME_PART_HEADER_KEY: Record<NamePart, MessageKey> = {
  firstName: 'people.template.firstName',
  infix: 'people.template.infix',
  lastName: 'people.template.lastName',
};

/** A field's column as the template names it, for a sentence or an error about a column the file lacks. */
export function templateColumn(field: FieldColumn): Message {
  return message(FIELD_HEADER_KEY[field]);
}

/** A part of the name's column as the importer knows it by the template's words ("Tussenvoegsel"). */
export function templateNamePart(part: NamePart): Message {
  return message(NAME_PART_HEADER_KEY[part]);
}

/** The headers of the name's parts as a list, in their order ("Voornaam, Tussenvoegsel en Achternaam"). */
export const NAME_PARTS_LIST: Message = listOf(NAME_PARTS.map(templateNamePart));

/** Example levels, varied so the row shows that each competency has its own level 0-4. */
const EXAMPLE_LEVELS = [3, 2, 2, 1, 3, 2, 4, 2, 3, 1, 2, 3];

/** A level other than the default, so the example shows that a level may follow the name. */
const EXAMPLE_EXPERTISE_LEVEL = 3;

/** The bindings' words in the template: the importer's Dutch word (index 0) or English word (index 1). */
const BINDING_WORD_INDEX: Record<Lang, number> = { nl: 0, en: 1 };

export function importTemplateRows(competencies: readonly CompetencyDto[], lang: Lang, today: string): string[][] {
  const { t } = translator(lang);
  const discipline = DISCIPLINES[0]!;
  const example: Record<FieldColumn, string> = {
    name: t('people.template.exampleName'),
    discipline: discipline.name[lang],
    organisation: t('people.template.exampleOrganisation'),
    binding: BINDING_WORDS.functional[BINDING_WORD_INDEX[lang]]!,
    contractHours: '24',
    // The first expertise with a level after a colon, the next without: the column's whole syntax in one cell.
    expertise: discipline.typicalExpertise
      .flatMap((key) => EXPERTISE.filter((e) => e.key === key).map((e) => e.name[lang]))
      .map((name, i) => (i === 0 ? `${name}:${EXAMPLE_EXPERTISE_LEVEL}` : name))
      .join(', '),
    assessedOn: today,
  };
  const header = [
    ...FIELD_COLUMNS.map((field) => t(FIELD_HEADER_KEY[field])),
    ...competencies.map((c) => c.name[lang]),
  ];
  const row = [
    ...FIELD_COLUMNS.map((field) => example[field]),
    ...competencies.map((_, i) => String(EXAMPLE_LEVELS[i % EXAMPLE_LEVELS.length])),
  ];
  return [header, row];
}

/** A cell as CSV writes it: quoted when it holds the separator, a quote or a line break. */
function csvCell(value: string): string {
  return /[;,"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The template as CSV the way Dutch Excel writes and reads it: semicolons, CRLF, and a
 * byte order mark so Excel opens the accents (ë, é) as UTF-8.
 */
export function importTemplateCsv(competencies: readonly CompetencyDto[], lang: Lang, today: string): string {
  const lines = importTemplateRows(competencies, lang, today).map((cells) => cells.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
