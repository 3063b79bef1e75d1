import { action, computed, makeObservable, observableRef, runInAction } from 'mobx';
import type { Catalogue, CompetencyDto, FunctionTemplateDto } from '../../shared/api/entities.js';
import type { TeamRole } from '../../shared/domain/schemas.js';
import type { Lang } from '../../shared/domain/text.js';
import { functionNameIn, type TemplateNames } from '../../shared/catalogue/functionName.js';
import type { ApiClient } from '../api/ApiClient.js';

/** Competencies, function templates and team roles: the built-in catalogue plus what the user added. */
export class CatalogueStore {
  catalogue: Catalogue = { competencies: [], functionTemplates: [], teamRoles: [] };

  constructor(private readonly api: ApiClient) {
    makeObservable(this, {
      catalogue: observableRef,
      competencies: computed,
      competencyByKey: computed,
      templateByKey: computed,
      templateNames: computed,
      teamRoles: computed,
      set: action,
    });
  }

  async load(): Promise<void> {
    const catalogue = await this.api.call('catalogue.get', {});
    runInAction(() => this.set(catalogue));
  }

  set(catalogue: Catalogue): void {
    this.catalogue = catalogue;
  }

  get competencies(): CompetencyDto[] {
    return this.catalogue.competencies;
  }

  get competencyByKey(): Map<string, CompetencyDto> {
    return new Map(this.catalogue.competencies.map((c) => [c.key, c]));
  }

  get templateByKey(): Map<string, FunctionTemplateDto> {
    return new Map(this.catalogue.functionTemplates.map((t) => [t.key, t]));
  }

  /** The organisation's team roles in its order: what people are rated on. */
  get teamRoles(): readonly TeamRole[] {
    return this.catalogue.teamRoles;
  }

  competencyName(key: string, lang: Lang): string {
    return this.competencyByKey.get(key)?.name[lang] ?? key;
  }

  /** Every template's name by key, the user's own included: what `functionText` looks names up in. */
  get templateNames(): TemplateNames {
    return new Map(this.catalogue.functionTemplates.map((t) => [t.key, t.name]));
  }

  /** A team's function as the user reads it: the one rule of `shared/catalogue/functionName.ts`. */
  functionName(fn: { name: string; templateKey: string | null }, lang: Lang): string {
    return functionNameIn(fn, lang, this.templateNames);
  }
}
