import { action, computed, makeObservable, observableRef, runInAction } from 'mobx';
import type { Catalogue, CompetencyDto, FunctionTemplateDto } from '../../shared/api/entities.js';
import type { Lang } from '../../shared/domain/text.js';
import type { ApiClient } from '../api/ApiClient.js';

/** Competencies and function templates: the built-in catalogue plus what the user added. */
export class CatalogueStore {
  catalogue: Catalogue = { competencies: [], functionTemplates: [] };

  constructor(private readonly api: ApiClient) {
    makeObservable(this, {
      catalogue: observableRef,
      competencies: computed,
      competencyByKey: computed,
      templateByKey: computed,
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

  competencyName(key: string, lang: Lang): string {
    return this.competencyByKey.get(key)?.name[lang] ?? key;
  }
}
