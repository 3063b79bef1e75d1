import { action, makeObservable, observable, observableRef, runInAction } from 'mobx';
import type { HrExportFile, HrScreenList } from '../../shared/hr/apiSchemas.js';
import { HR_FIRST_ROWS } from '../../shared/hr/firstRows.js';
import { EMPTY_HR_FILTER, type HrCell, type HrFilter, type HrList } from '../../shared/hr/index.js';
import type { HrSummary } from '../../shared/hr/summary.js';
import type { Lang } from '../../shared/domain/text.js';
import { type Message, message } from '../../shared/i18n/message.js';
import { type ApiClient, errorText, UserFacingError } from '../api/ApiClient.js';
import { downloadBase64 } from '../exchange/saveFile.js';
import { localToday } from '../../shared/domain/today.js';

/** How often a running export is asked how far it is. */
const POLL_MS = 150;

/** After the next frame has been painted: the frame callback runs before the paint, its timeout after it. */
function afterNextPaint(): Promise<void> {
  // Looked up on globalThis: the store also runs in Node (its tests), which paints nothing.
  const scope = globalThis as { requestAnimationFrame?: (callback: () => void) => number };
  return new Promise((done) => {
    if (scope.requestAnimationFrame) scope.requestAnimationFrame(() => setTimeout(done, 0));
    else setTimeout(done, 0);
  });
}

/**
 * HR's view across all teams. The store process computes the overview with the shared
 * HR functions (the same that write the exports) and keeps the analyses between calls,
 * so this store asks it again for every filter, number of months or "show all": a
 * summary of what the screen shows, without the cells' explanations. Those come per row,
 * for the rows that scroll into view. While an answer is on its way the last summary stays
 * on screen.
 */
export class HrStore {
  summary: HrSummary | null = null;
  loading = false;
  error: Message | null = null;
  filter: HrFilter = { ...EMPTY_HR_FILTER };
  includeScenarios = false;
  assessmentMonths = 24;
  /** Lists shown whole ("show all"); the others show their first rows. */
  fullLists: HrScreenList[] = [];
  exporting: string | null = null;
  /** How far the running export is, 0 to 1; null when none runs. */
  exportProgress: number | null = null;
  /** Full cells (with explanations) of rows that have been in view, by scenario. */
  readonly cells = observable.map<string, HrCell[]>({}, { deep: false });
  today: string;
  /** Where the data comes from: this computer, or the shared database (renderer/sharing/HrSourceToggle.tsx). */
  source: 'local' | 'shared' = 'local';
  /** For the shared source: when the server was last read. */
  pulledAt: string | null = null;
  /** For the shared source: published teams this planner could not read, so not in the overview. */
  unreadableShared = 0;
  /**
   * For the shared source: the last read failed but an earlier one is still shown (the
   * store process keeps it), aged by `pulledAt`; the screen says the server is away now.
   */
  showingEarlierRead = false;
  private request = 0;
  private readonly cellsAsked = new Set<string>();

  constructor(
    private readonly api: ApiClient,
    private readonly notify: (kind: 'error' | 'info', text: Message) => void,
    now: () => Date = () => new Date(),
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
    /** Resolves once the browser has painted what was just set (a tick where nothing paints). */
    private readonly painted: () => Promise<void> = afterNextPaint,
  ) {
    this.today = localToday(now());
    makeObservable(this, {
      summary: observableRef,
      loading: observable,
      error: observableRef,
      filter: observableRef,
      includeScenarios: observable,
      assessmentMonths: observable,
      fullLists: observableRef,
      exporting: observable,
      exportProgress: observable,
      source: observable,
      pulledAt: observable,
      unreadableShared: observable,
      showingEarlierRead: observable,
      setSource: action,
      setFilter: action,
      setIncludeScenarios: action,
      setAssessmentMonths: action,
      showAll: action,
    });
  }

  /** A fresh look at the data (screen opened, "Vernieuwen"): explanations fetched earlier may be stale. */
  async load(): Promise<void> {
    this.cellsAsked.clear();
    runInAction(() => this.cells.clear());
    if (this.source === 'shared' && !(await this.pullShared())) return;
    await this.fetchSummary();
  }

  /**
   * The same question again after an edit made while HR is shown (undo or redo in the
   * header): the store process redoes only the analyses the write changed, and the
   * explanations of the rows asked for before are asked for again, so no cell keeps an
   * old status. The shared source does not change with a local edit.
   */
  async refresh(): Promise<void> {
    if (this.source !== 'local') return;
    const asked = [...this.cellsAsked];
    this.cellsAsked.clear();
    runInAction(() => this.cells.clear());
    await this.fetchSummary();
    const shown = new Set(this.summary?.rows.map((r) => r.scenarioId));
    await this.requestCells(asked.filter((id) => shown.has(id)));
  }

  /** Switches between this computer's teams and the shared database's; `load` then reads the chosen one. */
  setSource(source: 'local' | 'shared'): void {
    this.source = source;
    this.showingEarlierRead = false;
    if (source === 'local') this.pulledAt = null;
  }

  /** Reads the shared database into the store process's HR source; false (with the reason shown) when it cannot. */
  private async pullShared(): Promise<boolean> {
    const request = ++this.request;
    runInAction(() => {
      this.loading = true;
      this.error = null;
    });
    try {
      const { pulledAt, unreadable } = await this.api.call('shared.hrPull', {});
      if (request === this.request) {
        runInAction(() => {
          this.pulledAt = pulledAt;
          this.unreadableShared = unreadable;
          this.showingEarlierRead = false;
        });
      }
      return request === this.request;
    } catch (error) {
      if (request === this.request) {
        runInAction(() => {
          this.error = errorText(error);
          // An earlier read of the shared database stays useful (and stays in the store
          // process, so its cells and exports still answer); without one, whatever is on
          // screen is this computer's data and must go.
          this.showingEarlierRead = this.pulledAt !== null && this.summary !== null;
          if (!this.showingEarlierRead) this.summary = null;
          this.loading = false;
        });
      }
      return false;
    }
  }

  setFilter(patch: Partial<HrFilter>): void {
    this.filter = { ...this.filter, ...patch };
    void this.fetchSummary();
  }

  setIncludeScenarios(value: boolean): void {
    this.includeScenarios = value;
    void this.fetchSummary();
  }

  /** Whole months from 1 to 240; anything else keeps the previous number. */
  setAssessmentMonths(value: number): void {
    if (!Number.isInteger(value) || value < 1 || value > 240 || value === this.assessmentMonths) return;
    this.assessmentMonths = value;
    void this.fetchSummary();
  }

  showAll(list: HrScreenList): void {
    if (this.fullLists.includes(list)) return;
    this.fullLists = [...this.fullLists, list];
    void this.fetchSummary();
  }

  /** Asks for the full cells of rows now in view that have not been asked for yet (bound: the matrix calls it). */
  readonly requestCells = async (scenarioIds: readonly string[]): Promise<void> => {
    const missing = scenarioIds.filter((id) => !this.cellsAsked.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.cellsAsked.add(id);
    try {
      const rows = await this.api.call('hr.cells', { today: this.today, scenarioIds: missing, source: this.source });
      runInAction(() => rows.forEach((r) => this.cells.set(r.scenarioId, r.cells)));
    } catch (error) {
      for (const id of missing) this.cellsAsked.delete(id);
      this.notify('error', errorText(error));
    }
  };

  /**
   * The list as the store process writes it (XLSX or CSV, in the UI's language), then
   * downloaded. A large workbook takes seconds, so the export runs as a job and the
   * screen shows how far it is.
   */
  async export(list: HrList | 'all', format: 'xlsx' | 'csv', lang: Lang = 'nl'): Promise<void> {
    // One at a time: the buttons stay focusable (aria-disabled) while one runs.
    if (this.exporting !== null) return;
    runInAction(() => {
      this.exporting = `${list}.${format}`;
      this.exportProgress = 0;
    });
    try {
      const { jobId } = await this.api.call('hr.exportStart', {
        list,
        format,
        today: this.today,
        assessmentMonths: this.assessmentMonths,
        includeScenarios: this.includeScenarios,
        filter: this.filter,
        lang,
        source: this.source,
      });
      const file = await this.waitForFile(jobId);
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
      this.notify('info', message('hr.exportSaved', { file: file.fileName }));
    } catch (error) {
      this.notify('error', errorText(error));
    } finally {
      runInAction(() => {
        this.exporting = null;
        this.exportProgress = null;
      });
    }
  }

  private async waitForFile(jobId: string): Promise<HrExportFile> {
    for (;;) {
      const poll = await this.api.call('hr.exportPoll', { jobId });
      if (poll.state === 'done') return poll.file;
      if (poll.state === 'failed') throw new UserFacingError(poll.error);
      runInAction(() => (this.exportProgress = poll.done / poll.total));
      await this.wait(POLL_MS);
    }
  }

  private async fetchSummary(): Promise<void> {
    const request = ++this.request;
    runInAction(() => {
      this.loading = true;
      this.error = null;
    });
    const question = {
      today: this.today,
      assessmentMonths: this.assessmentMonths,
      includeScenarios: this.includeScenarios,
      filter: this.filter,
      fullLists: this.fullLists,
      source: this.source,
    };
    try {
      // Nothing on screen yet: the matrix's first rows first, in case the store has not made
      // the whole summary yet (a visit right after the start); it then answers those rows
      // at once and the whole a moment later. Once made, the first answer is the whole.
      if (this.summary === null) {
        const first = await this.api.call('hr.summary', { ...question, firstRows: HR_FIRST_ROWS });
        if (request !== this.request) return;
        runInAction(() => (this.summary = first));
        if (first.firstRowsOf === undefined) return;
        // The rest once those rows are on screen: the page paints them (and answers input)
        // before the whole summary's answer, hundreds of kilobytes, arrives to be read.
        await this.painted();
        if (request !== this.request) return;
      }
      const summary = await this.api.call('hr.summary', question);
      // An answer to an older question (the user changed a filter meanwhile) is dropped.
      if (request === this.request) runInAction(() => (this.summary = summary));
    } catch (error) {
      if (request === this.request) {
        runInAction(() => {
          this.error = errorText(error);
          this.summary = null;
        });
      }
    } finally {
      if (request === this.request) runInAction(() => (this.loading = false));
    }
  }
}
