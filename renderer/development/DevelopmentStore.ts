import { action, makeObservable, observable, observableRef, runInAction } from 'mobx';
import type { DevelopmentPlan } from '../../shared/api/developmentSchemas.js';
import { localToday } from '../../shared/domain/today.js';
import type { Lang } from '../../shared/domain/text.js';
import { type Message, message } from '../../shared/i18n/message.js';
import { type ApiClient, errorText } from '../api/ApiClient.js';
import { downloadBase64 } from '../exchange/saveFile.js';

/** Every team at once, or one team's scenario. */
type DevelopmentScopeChoice = { kind: 'allTeams' } | { kind: 'scenario'; scenarioId: string };

/**
 * The development plan's form and answer on the HR screen. The plan is computed in the
 * store process (`development.plan`: HiGHS needs WebAssembly, which the page's CSP does
 * not allow) and only shown here; nothing is written to anyone's ratings.
 */
export class DevelopmentStore {
  scope: DevelopmentScopeChoice = { kind: 'allTeams' };
  k = 3;
  maxStepsPerPerson = 1;
  /** Only people assessed within this many months; null: everybody. */
  assessedWithinMonths: number | null = null;
  excludedIds: string[] = [];
  plan: DevelopmentPlan | null = null;
  making = false;
  exporting = false;
  /** While true the plan is the only thing on paper (see development.css). */
  printing = false;
  error: Message | null = null;

  constructor(
    private readonly api: ApiClient,
    private readonly notify: (kind: 'error' | 'info', text: Message) => void,
  ) {
    makeObservable(this, {
      scope: observableRef,
      k: observable,
      maxStepsPerPerson: observable,
      assessedWithinMonths: observable,
      excludedIds: observableRef,
      plan: observableRef,
      making: observable,
      exporting: observable,
      printing: observable,
      error: observableRef,
      setScope: action,
      setK: action,
      setMaxStepsPerPerson: action,
      setAssessedWithinMonths: action,
      setExcluded: action,
      setPrinting: action,
    });
  }

  setScope(scope: DevelopmentScopeChoice): void {
    this.scope = scope;
    this.excludedIds = [];
  }

  setK(k: number): void {
    this.k = Math.min(20, Math.max(1, Math.round(k) || 1));
  }

  setMaxStepsPerPerson(n: number): void {
    this.maxStepsPerPerson = Math.min(4, Math.max(1, Math.round(n) || 1));
  }

  setAssessedWithinMonths(months: number | null): void {
    this.assessedWithinMonths = months === null || !(months > 0) ? null : Math.min(240, Math.round(months));
  }

  setExcluded(ids: string[]): void {
    this.excludedIds = ids;
  }

  setPrinting(printing: boolean): void {
    this.printing = printing;
  }

  async make(): Promise<void> {
    if (this.making) return;
    runInAction(() => {
      this.making = true;
      this.error = null;
    });
    try {
      const plan = await this.api.call('development.plan', {
        scope: this.scope,
        k: this.k,
        rules: {
          maxStepsPerPerson: this.maxStepsPerPerson,
          assessedWithinMonths: this.assessedWithinMonths,
          excludedIds: this.excludedIds,
          onlyPersonId: null,
        },
        today: localToday(),
      });
      runInAction(() => (this.plan = plan));
    } catch (error) {
      runInAction(() => (this.error = errorText(error)));
    } finally {
      runInAction(() => (this.making = false));
    }
  }

  /** The plan on screen as XLSX, written in the store process with the HR exports' writer. */
  async exportXlsx(lang: Lang): Promise<void> {
    const plan = this.plan;
    if (!plan || this.exporting) return;
    runInAction(() => (this.exporting = true));
    try {
      const file = await this.api.call('development.export', { plan, lang });
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
      this.notify('info', message('development.exported', { file: file.fileName }));
    } catch {
      this.notify('error', message('development.exportFailed'));
    } finally {
      runInAction(() => (this.exporting = false));
    }
  }
}
