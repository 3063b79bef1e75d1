import { action, computed, makeObservable, observable, observableRef, runInAction } from 'mobx';
import { areaKey, buildAreaView, listAreas, type AreaChoice, type AreaView } from '../../shared/area/index.js';
import type { Lang } from '../../shared/domain/text.js';
import type { HrInput } from '../../shared/hr/index.js';
import { type Message, message } from '../../shared/i18n/message.js';
import { type ApiClient, errorText } from '../api/ApiClient.js';
import { downloadBase64 } from '../exchange/saveFile.js';

/**
 * The area screen's state. It reads every team's main scenario in one call (the HR
 * overview's input: `hr.overview` without variants) and computes the view in the
 * renderer with shared/area, so choosing another area never asks the store again.
 */
export class AreaStore {
  input: HrInput | null = null;
  loading = false;
  error: Message | null = null;
  /** The chosen area as written by its teams; '' until there is one. */
  selected = '';
  /** True while the workbook is being written. */
  exporting = false;

  constructor(
    private readonly api: ApiClient,
    private readonly notify: (kind: 'error' | 'info', text: Message) => void,
  ) {
    makeObservable(this, {
      input: observableRef,
      loading: observable,
      error: observableRef,
      selected: observable,
      exporting: observable,
      areas: computed,
      view: computed,
      choose: action,
    });
  }

  get areas(): AreaChoice[] {
    return this.input ? listAreas(this.input) : [];
  }

  get view(): AreaView | null {
    if (!this.input || this.selected === '') return null;
    return buildAreaView(this.input, this.selected);
  }

  /** Loads all teams; keeps the chosen area, else takes the area of `preferred` (the open team), else the first. */
  async load(preferred = ''): Promise<void> {
    runInAction(() => {
      this.loading = true;
      this.error = null;
    });
    try {
      const input = await this.api.call('hr.overview', { includeScenarios: false });
      runInAction(() => {
        this.input = input;
        // The picker's values are the areas as listed, so the choice is always one of those names.
        const listed = (area: string) => this.areas.find((a) => areaKey(a.name) === areaKey(area))?.name;
        this.selected = listed(this.selected) ?? listed(preferred) ?? this.areas[0]?.name ?? '';
      });
    } catch (error) {
      runInAction(() => (this.error = errorText(error)));
    } finally {
      runInAction(() => (this.loading = false));
    }
  }

  choose(area: string): void {
    this.selected = area;
  }

  /**
   * The view as an XLSX workbook in the UI's language, a sheet per table, written in the
   * store process by the same exceljs writer as the HR lists (db/export/areaExport.ts),
   * then handed to the user. `exporting` shows while it runs.
   */
  async exportXlsx(lang: Lang): Promise<void> {
    const view = this.view;
    if (!view || this.exporting) return;
    runInAction(() => (this.exporting = true));
    try {
      const file = await this.api.call('area.export', { area: view.area, lang });
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
      this.notify('info', message('area.exported', { file: file.fileName }));
    } catch {
      this.notify('error', message('area.exportFailed'));
    } finally {
      runInAction(() => (this.exporting = false));
    }
  }
}
