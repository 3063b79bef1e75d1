import { action, computed, makeObservable, observableRef, runInAction } from 'mobx';
import type { Catalogue, CompetencyDto, FunctionTemplateDto } from '../../shared/api/entities.js';
import type { TeamRole } from '../../shared/domain/schemas.js';
import type { Lang } from '../../shared/domain/text.js';
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

  /**
   * A team's function as the user reads it. Functions store their (Dutch) name, because
   * the team leader may rename them; a function still named as its catalogue template is
   * shown in the UI language, a renamed or own function as it was written.
   */
  functionName(fn: { name: string; templateKey: string | null }, lang: Lang): string {
    if (lang === 'nl' || fn.templateKey === null) return fn.name;
    const template = this.templateByKey.get(fn.templateKey);
    return template && template.name.nl === fn.name ? template.name[lang] : fn.name;
  }
}
