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
      setList: action,
      upsert: action,
      remove: action,
      select: action,
    });
  }

  /** Every discipline of the pool, each once (catalogued keys and own ones), for the discipline field's choices. */
  get disciplines(): string[] {
    return [...new Set(this.list.map((p) => p.discipline))];
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
