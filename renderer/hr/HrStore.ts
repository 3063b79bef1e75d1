import { action, computed, makeObservable, observable, observableRef, runInAction } from 'mobx';
import {
  analyseAll,
  EMPTY_HR_FILTER,
  overviewFromAnalyses,
  type HrAnalyses,
  type HrFilter,
  type HrInput,
  type HrList,
  type HrOverview,
} from '../../shared/hr/index.js';
import type { Lang } from '../../shared/domain/text.js';
import { type Message, message } from '../../shared/i18n/message.js';
import { type ApiClient, errorText } from '../api/ApiClient.js';
import { downloadBase64 } from '../exchange/saveFile.js';
import { localToday } from '../../shared/domain/today.js';

/**
 * HR's view across all teams. The store fetches every team with its variants in one
 * call and computes the overview with the shared HR functions (the same the export
 * runs in the trusted process), so switching a filter or the number of months is
 * instant and never asks the store again.
 */
export class HrStore {
  input: HrInput | null = null;
  loading = false;
  error: Message | null = null;
  filter: HrFilter = { ...EMPTY_HR_FILTER };
  includeScenarios = false;
  assessmentMonths = 24;
  exporting: string | null = null;
  today: string;
  /** Where the data comes from: this computer, or the shared database (renderer/sharing/HrSourceToggle.tsx). */
  source: 'local' | 'shared' = 'local';
  /** For the shared source: when the server was read. */
  pulledAt: string | null = null;

  constructor(
    private readonly api: ApiClient,
    private readonly notify: (kind: 'error' | 'info', text: Message) => void,
    now: () => Date = () => new Date(),
  ) {
    this.today = localToday(now());
    makeObservable(this, {
      input: observableRef,
      loading: observable,
      error: observableRef,
      filter: observableRef,
      includeScenarios: observable,
      assessmentMonths: observable,
      exporting: observable,
      source: observable,
      pulledAt: observable,
      setSource: action,
      analyses: computed({ keepAlive: true }),
      overview: computed,
      setFilter: action,
      setIncludeScenarios: action,
      setAssessmentMonths: action,
    });
  }

  /** Engine and advice for every team: recomputed only when the data changes, not on a filter or the months. */
  get analyses(): HrAnalyses | null {
    return this.input ? analyseAll(this.input, this.today) : null;
  }

  get overview(): HrOverview | null {
    if (!this.input || !this.analyses) return null;
    return overviewFromAnalyses(this.input, this.analyses, {
      today: this.today,
      assessmentMonths: this.assessmentMonths,
      includeScenarios: this.includeScenarios,
      filter: this.filter,
    });
  }

  async load(): Promise<void> {
    runInAction(() => {
      this.loading = true;
      this.error = null;
    });
    try {
      if (this.source === 'shared') {
        const { pulledAt, ...input } = await this.api.call('shared.hrOverview', {});
        runInAction(() => {
          this.input = input;
          this.pulledAt = pulledAt;
        });
      } else {
        const input = await this.api.call('hr.overview', { includeScenarios: true });
        runInAction(() => {
          this.input = input;
          this.pulledAt = null;
        });
      }
    } catch (error) {
      runInAction(() => (this.error = errorText(error)));
    } finally {
      runInAction(() => (this.loading = false));
    }
  }

  setSource(source: 'local' | 'shared'): void {
    this.source = source;
  }

  setFilter(patch: Partial<HrFilter>): void {
    this.filter = { ...this.filter, ...patch };
  }

  setIncludeScenarios(value: boolean): void {
    this.includeScenarios = value;
  }

  /** Whole months from 1 to 240; anything else keeps the previous number. */
  setAssessmentMonths(value: number): void {
    if (Number.isInteger(value) && value >= 1 && value <= 240) this.assessmentMonths = value;
  }

  /** The list as the trusted process writes it (XLSX or CSV, in the UI's language), then downloaded. */
  async export(list: HrList | 'all', format: 'xlsx' | 'csv', lang: Lang = 'nl'): Promise<void> {
    runInAction(() => (this.exporting = `${list}.${format}`));
    try {
      const file = await this.api.call('hr.export', {
        list,
        format,
        today: this.today,
        assessmentMonths: this.assessmentMonths,
        includeScenarios: this.includeScenarios,
        filter: this.filter,
        lang,
      });
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
      this.notify('info', message('hr.exportSaved', { file: file.fileName }));
    } catch (error) {
      this.notify('error', errorText(error));
    } finally {
      runInAction(() => (this.exporting = null));
    }
  }
}
