import { BUILT_IN_COMPETENCIES } from '../../shared/catalogue/competencies.js';
import { z } from 'zod';
import { LIFE_DOMAINS } from '../../shared/catalogue/lifeDomains.js';
import { BUILT_IN_FUNCTIONS } from '../../shared/catalogue/functions.js';
import type { CompetencyDto, FunctionTemplateDto } from '../../shared/api/entities.js';
import type { Requirement } from '../../shared/domain/schemas.js';
import type { StoreContext } from '../context.js';
import { parseStored, parseStringList, stringList } from './json.js';

const lifeDomainListSchema = z.array(z.enum(LIFE_DOMAINS));

/**
 * The competency profile and the function catalogue. Built-in entries come from
 * shared/catalogue and are written into the database on every open (so texts improved in
 * a new app version reach old files, and ratings can reference them by foreign key);
 * custom entries are the user's.
 */

interface CompetencyRow {
  key: string;
  built_in: number;
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
}

interface TemplateRow {
  key: string;
  built_in: number;
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
  default_placement: 'team' | 'shell';
  default_hours: number;
  expertise_json: string;
  life_domains_json: string;
}

interface TemplateRequirementRow {
  template_key: string;
  competency: string;
  level: number;
  min_people: number;
}

export function syncBuiltInCatalogue(ctx: StoreContext): void {
  const now = ctx.nowIso();
  const upsertCompetency = ctx.stmt(
    `INSERT INTO competencies (key, built_in, name_nl, name_en, description_nl, description_en, position, created_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET built_in = 1, name_nl = excluded.name_nl, name_en = excluded.name_en,
       description_nl = excluded.description_nl, description_en = excluded.description_en, position = excluded.position`,
  );
  BUILT_IN_COMPETENCIES.forEach((c, i) =>
    upsertCompetency.run(c.key, c.name.nl, c.name.en, c.description.nl, c.description.en, i, now),
  );
  const upsertTemplate = ctx.stmt(
    `INSERT INTO function_templates (key, built_in, name_nl, name_en, description_nl, description_en, default_placement,
       default_hours, expertise_json, life_domains_json, position, created_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET built_in = 1, name_nl = excluded.name_nl, name_en = excluded.name_en,
       description_nl = excluded.description_nl, description_en = excluded.description_en,
       default_placement = excluded.default_placement, default_hours = excluded.default_hours,
       expertise_json = excluded.expertise_json, life_domains_json = excluded.life_domains_json,
       position = excluded.position`,
  );
  BUILT_IN_FUNCTIONS.forEach((f, i) => {
    upsertTemplate.run(
      f.key,
      f.name.nl,
      f.name.en,
      f.description.nl,
      f.description.en,
      f.defaultPlacement,
      f.defaultHours,
      stringList(f.expertise),
      stringList(f.lifeDomains),
      i,
      now,
    );
    replaceTemplateRequirements(ctx, f.key, f.requirements);
  });
}

function replaceTemplateRequirements(ctx: StoreContext, key: string, requirements: readonly Requirement[]): void {
  ctx.stmt('DELETE FROM template_requirements WHERE template_key = ?').run(key);
  const insert = ctx.stmt(
    'INSERT INTO template_requirements (template_key, competency, level, min_people, position) VALUES (?, ?, ?, ?, ?)',
  );
  requirements.forEach((r, i) => insert.run(key, r.competency, r.level, r.minPeople, i));
}

function toCompetency(row: CompetencyRow): CompetencyDto {
  return {
    key: row.key,
    name: { nl: row.name_nl, en: row.name_en },
    description: { nl: row.description_nl, en: row.description_en },
    builtIn: row.built_in === 1,
  };
}

/** Built-ins in the profile's order, then custom ones in the order they were added. */
export function listCompetencies(ctx: StoreContext): CompetencyDto[] {
  const rows = ctx.stmt('SELECT * FROM competencies ORDER BY built_in DESC, position, key').all() as CompetencyRow[];
  return rows.map(toCompetency);
}

export function getCompetency(ctx: StoreContext, key: string): CompetencyDto | null {
  const row = ctx.stmt('SELECT * FROM competencies WHERE key = ?').get(key) as CompetencyRow | undefined;
  return row ? toCompetency(row) : null;
}

export function competencyKeys(ctx: StoreContext): Set<string> {
  const rows = ctx.stmt('SELECT key FROM competencies').pluck().all() as string[];
  return new Set(rows);
}

export function insertCustomCompetency(ctx: StoreContext, c: CompetencyDto): void {
  const position = ctx
    .stmt('SELECT coalesce(max(position), -1) + 1 FROM competencies WHERE built_in = 0')
    .pluck()
    .get() as number;
  ctx
    .stmt(
      `INSERT INTO competencies (key, built_in, name_nl, name_en, description_nl, description_en, position, created_at)
       VALUES (?, 0, ?, ?, ?, ?, ?, ?)`,
    )
    .run(c.key, c.name.nl, c.name.en, c.description.nl, c.description.en, position, ctx.nowIso());
}

/** How often a competency is used, so deleting one that is in use can be refused with numbers. */
export function competencyUsage(ctx: StoreContext, key: string): { ratings: number; requirements: number } {
  const ratings = ctx.stmt('SELECT count(*) FROM ratings WHERE competency = ?').pluck().get(key) as number;
  const requirements =
    (ctx.stmt('SELECT count(*) FROM function_requirements WHERE competency = ?').pluck().get(key) as number) +
    (ctx.stmt('SELECT count(*) FROM template_requirements WHERE competency = ?').pluck().get(key) as number);
  return { ratings, requirements };
}

export function deleteCustomCompetency(ctx: StoreContext, key: string): void {
  ctx.stmt('DELETE FROM competencies WHERE key = ? AND built_in = 0').run(key);
}

export function listFunctionTemplates(ctx: StoreContext): FunctionTemplateDto[] {
  const rows = ctx
    .stmt('SELECT * FROM function_templates ORDER BY built_in DESC, position, key')
    .all() as TemplateRow[];
  const requirementRows = ctx
    .stmt(
      'SELECT template_key, competency, level, min_people FROM template_requirements ORDER BY template_key, position',
    )
    .all() as TemplateRequirementRow[];
  const byTemplate = new Map<string, Requirement[]>();
  for (const r of requirementRows) {
    const list = byTemplate.get(r.template_key) ?? [];
    list.push({ competency: r.competency, level: r.level, minPeople: r.min_people });
    byTemplate.set(r.template_key, list);
  }
  return rows.map((row) => toTemplate(row, byTemplate.get(row.key) ?? []));
}

export function getFunctionTemplate(ctx: StoreContext, key: string): FunctionTemplateDto | null {
  const row = ctx.stmt('SELECT * FROM function_templates WHERE key = ?').get(key) as TemplateRow | undefined;
  if (!row) return null;
  const requirements = (
    ctx
      .stmt(
        'SELECT template_key, competency, level, min_people FROM template_requirements WHERE template_key = ? ORDER BY position',
      )
      .all(key) as TemplateRequirementRow[]
  ).map((r) => ({ competency: r.competency, level: r.level, minPeople: r.min_people }));
  return toTemplate(row, requirements);
}

function toTemplate(row: TemplateRow, requirements: Requirement[]): FunctionTemplateDto {
  return {
    key: row.key,
    name: { nl: row.name_nl, en: row.name_en },
    description: { nl: row.description_nl, en: row.description_en },
    defaultPlacement: row.default_placement,
    defaultHours: row.default_hours,
    requirements,
    expertise: parseStringList(row.expertise_json),
    lifeDomains: parseStored(row.life_domains_json, lifeDomainListSchema),
    builtIn: row.built_in === 1,
  };
}

export function insertCustomTemplate(ctx: StoreContext, t: FunctionTemplateDto): void {
  const position = ctx
    .stmt('SELECT coalesce(max(position), -1) + 1 FROM function_templates WHERE built_in = 0')
    .pluck()
    .get() as number;
  ctx
    .stmt(
      `INSERT INTO function_templates (key, built_in, name_nl, name_en, description_nl, description_en, default_placement,
         default_hours, expertise_json, life_domains_json, position, created_at)
       VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      t.key,
      t.name.nl,
      t.name.en,
      t.description.nl,
      t.description.en,
      t.defaultPlacement,
      t.defaultHours,
      stringList(t.expertise),
      stringList(t.lifeDomains),
      position,
      ctx.nowIso(),
    );
  replaceTemplateRequirements(ctx, t.key, t.requirements);
}

/** Returns false when there is no custom template with this key (built-ins cannot be deleted). */
export function deleteCustomTemplate(ctx: StoreContext, key: string): boolean {
  return ctx.stmt('DELETE FROM function_templates WHERE key = ? AND built_in = 0').run(key).changes > 0;
}
