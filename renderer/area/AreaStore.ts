import { action, computed, makeObservable, observable, observableRef, runInAction } from 'mobx';
import {
  areaKey,
  areaTables,
  buildAreaView,
  listAreas,
  type AreaChoice,
  type AreaView,
} from '../../shared/area/index.js';
import type { Lang } from '../../shared/domain/text.js';
import { localToday } from '../../shared/domain/today.js';
import type { HrInput } from '../../shared/hr/index.js';
import { type Message, message } from '../../shared/i18n/message.js';
import { translator } from '../../shared/i18n/translator.js';
import { type ApiClient, errorText } from '../api/ApiClient.js';
import { downloadBlob } from '../exchange/saveFile.js';
import { xlsxWorkbook } from './xlsxWorkbook.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  /** Sheets built so far while exporting; null when no export runs. */
  progress: { step: number; total: number } | null = null;

  constructor(
    private readonly api: ApiClient,
    private readonly notify: (kind: 'error' | 'info', text: Message) => void,
  ) {
    makeObservable(this, {
      input: observableRef,
      loading: observable,
      error: observableRef,
      selected: observable,
      progress: observableRef,
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

  /** The view as an XLSX workbook in the UI's language, a sheet per table, then downloaded. */
  async exportXlsx(lang: Lang): Promise<void> {
    const view = this.view;
    if (!view || this.progress) return;
    const tables = areaTables(view, lang, this.input?.competencies ?? []);
    runInAction(() => (this.progress = { step: 0, total: tables.length }));
    try {
      const bytes = await xlsxWorkbook(tables, (step, total) => runInAction(() => (this.progress = { step, total })));
      const stem = translator(lang).t('area.file', { area: fileSafe(view.area), date: localToday() });
      const fileName = `${stem}.xlsx`;
      downloadBlob(fileName, new Blob([new Uint8Array(bytes)], { type: XLSX_MIME }));
      this.notify('info', message('area.exported', { file: fileName }));
    } catch {
      this.notify('error', message('area.exportFailed'));
    } finally {
      runInAction(() => (this.progress = null));
    }
  }
}

/** An area name as part of a file name: letters, digits and hyphens. */
function fileSafe(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || '-'
  );
}
