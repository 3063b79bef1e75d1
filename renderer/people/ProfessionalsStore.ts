import {
  action,
  compareShallow,
  computed,
  makeObservable,
  observable,
  type ObservableMap,
  observableRef,
  runInAction,
} from 'mobx';
import type { Professional } from '../../shared/domain/schemas.js';
import type { ApiClient } from '../api/ApiClient.js';
import { dutchOrder } from '../../shared/hr/dutchOrder.js';

/** The whole pool of professionals, for the editor; the open plan carries its own copy for coverage. */
export class ProfessionalsStore {
  list: Professional[] = [];
  /**
   * Everyone by id, kept in step by the actions: an edit sets one entry, so the editor
   * (which observes its own person's entry) is all that renders again, and nothing
   * rebuilds a map of a region's 4,400 people per edit.
   */
  readonly byId: ObservableMap<string, Professional> = observable.map(undefined, { deep: false });
  /**
   * The list in Dutch alphabetical order with the process's one collator, kept in step by
   * the actions: an edit that keeps the name keeps the place, so changing a rating does
   * not sort a region's 4,400 people again (tens of ms per edit).
   */
  sorted: Professional[] = [];
  selectedId: string | null = null;

  constructor(private readonly api: ApiClient) {
    makeObservable(this, {
      list: observableRef,
      sorted: observableRef,
      selectedId: observable,
      selected: computed,
      hasAny: computed,
      disciplines: computed({ equals: compareShallow }),
      peoplePerDiscipline: computed,
      setList: action,
      upsert: action,
      upsertAll: action,
      remove: action,
      select: action,
    });
  }

  /** Every discipline of the pool, each once (catalogued keys and own ones), for the discipline field's choices. */
  get disciplines(): string[] {
    return [...new Set(this.list.map((p) => p.discipline))];
  }

  /** How many people have each discipline (catalogued keys and own ones): the Catalogus screen's own disciplines. */
  get peoplePerDiscipline(): ReadonlyMap<string, number> {
    const counts = new Map<string, number>();
    for (const p of this.list) counts.set(p.discipline, (counts.get(p.discipline) ?? 0) + 1);
    return counts;
  }

  async load(): Promise<void> {
    const list = await this.api.call('professionals.list', {});
    runInAction(() => this.setList(list));
  }

  setList(list: Professional[]): void {
    this.list = list;
    this.byId.replace(list.map((p) => [p.id, p]));
    this.sorted = byName(list);
  }

  /** One person added or changed; the same object again changes nothing. */
  upsert(professional: Professional): void {
    const before = this.byId.get(professional.id);
    if (before === professional) return;
    this.byId.set(professional.id, professional);
    if (!before) {
      this.list = [...this.list, professional];
      this.sorted = byName(this.list);
      return;
    }
    this.list = this.list.map((p) => (p === before ? professional : p));
    this.sorted =
      before.name === professional.name ? this.sorted.map((p) => (p === before ? professional : p)) : byName(this.list);
  }

  /** Many people changed at once (a discipline renamed): the list is rebuilt once, sorted only when a name moved. */
  upsertAll(professionals: readonly Professional[]): void {
    const changed = professionals.filter((p) => this.byId.get(p.id) !== p);
    if (changed.length === 0) return;
    const added = changed.filter((p) => !this.byId.has(p.id));
    const reordered = added.length > 0 || changed.some((p) => this.byId.get(p.id)?.name !== p.name);
    for (const p of changed) this.byId.set(p.id, p);
    const current = (p: Professional) => this.byId.get(p.id) ?? p;
    this.list = [...this.list.map(current), ...added];
    this.sorted = reordered ? byName(this.list) : this.sorted.map(current);
  }

  remove(id: string): void {
    this.list = this.list.filter((p) => p.id !== id);
    this.sorted = this.sorted.filter((p) => p.id !== id);
    this.byId.delete(id);
    if (this.selectedId === id) this.selectedId = null;
  }

  select(id: string | null): void {
    this.selectedId = id;
  }

  get selected(): Professional | null {
    return this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null;
  }

  /** Whether anyone is in the pool: what the screen's search field depends on, not every edit. */
  get hasAny(): boolean {
    return this.list.length > 0;
  }
}

/** The pool by name with the process's one Dutch collator (`dutchOrder`); a collator per comparison cost tens of ms. */
function byName(list: readonly Professional[]): Professional[] {
  return [...list].sort((a, b) => dutchOrder(a.name, b.name));
}
