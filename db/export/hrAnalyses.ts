import { performance } from 'node:perf_hooks';
import type { z } from 'zod';
import { HR_LIST_PREVIEW, hrSummaryRequestSchema } from '../../shared/hr/apiSchemas.js';
import { HR_FIRST_ROWS } from '../../shared/hr/firstRows.js';
import { ScenarioAnalysisCache } from '../../shared/hr/analysisCache.js';
import { overviewFromAnalyses, type HrAnalyses, type HrInput } from '../../shared/hr/index.js';
import {
  firstRowsSummary,
  summariseFirstRows,
  summariseOverview,
  type HrRowCells,
  type HrSummary,
} from '../../shared/hr/summary.js';
import type { HrFirstRowsRead } from './readHrFirstRows.js';
import type { HrInputSource } from './readHrInput.js';

export interface HrData {
  input: HrInput;
  analyses: HrAnalyses;
}

type HrSummaryRequest = z.output<typeof hrSummaryRequestSchema>;

/** Summaries kept per data version: the screen's filters, months and "show all" go back and forth between a few. */
const SUMMARIES_KEPT = 8;

/** Reads the warm-up takes again after writes before it leaves the rest to the requests. */
const WARM_UP_FRESH_READS = 5;

/** Rows whose explanations the warm-up works out: more than a tall window shows, with the matrix's margin. */
const FIRST_ROWS_EXPLAINED = 40;

/**
 * How long a request that waits for the analyses (a first visit that finds them not made)
 * analyses before it lets the event loop answer other requests: the warm-up's slice.
 */
const REQUEST_SLICE_MS = 15;

/** Lets the event loop answer what came in (I/O, other requests) before the next slice. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * HR's input and its analyses, kept in the store process between calls. While the
 * source's version stands still (no write since), the screen's filters, the months, the
 * rows it scrolls to and the exports all reuse the same analyses; after a write the source
 * reads again what the write touched (the local file: updateHrRead.ts) and only the
 * scenarios whose content changed are analysed again. The
 * analyses do not depend on the day, so a new day keeps them too. The last few summaries
 * are kept as well, for the same version only.
 *
 * `warmUpStep` makes them ahead, a slice at a time (see hrWarmUp.ts), so HR's first visit
 * finds its summary made; a request that comes first analyses what is still missing itself.
 */
export class HrAnalysesStore {
  private readonly cache = new ScenarioAnalysisCache();
  private last: (HrData & { version: string }) | null = null;
  /** What the warm-up read, at the version it read it; a request at that version uses it instead of reading again. */
  private pending: { version: string; input: HrInput } | null = null;
  /** The matrix's first rows as read on their own for a first visit (`firstRows`), at the version read. */
  private firstRead: { version: string; read: HrFirstRowsRead; options: string } | null = null;
  /** The last first-rows answer, by its request and version: the one the warm-up makes first (see warmUpStep). */
  private firstMade: { version: string; key: string; summary: HrSummary } | null = null;
  /** Where the warm-up is with the first visit's first rows: to read, to analyse, or done (once per store). */
  private firstAhead: 'read' | 'analyse' | 'done' = 'read';
  /** The warm-up's first read while it runs in steps (`HrInputSource.readInSteps`). */
  private reading: (() => HrInput | null) | null = null;
  /** How often the warm-up read again after a write (see WARM_UP_FRESH_READS). */
  private freshReads = 0;
  /** Summaries of `last`, by their request (the parsed request, so equal questions are equal text). */
  private summaries = new Map<string, HrSummary>();

  constructor(private readonly source: HrInputSource) {}

  get(): HrData {
    const version = this.source.version();
    if (this.last?.version === version) return this.last;
    const input = this.pending?.version === version ? this.pending.input : this.readNow();
    this.pending = null;
    const analyses = this.cache.analyse(input);
    this.last = { version, input, analyses };
    this.summaries = new Map();
    return this.last;
  }

  /**
   * The input as of now for a request. A request that comes while the warm-up reads in
   * steps takes that read over and finishes it (its last step reads again only what was
   * written since its first, see readInSteps), so the steps already read are not read twice.
   */
  private readNow(): HrInput {
    const reading = this.reading;
    this.reading = null;
    if (!reading) return this.source.read();
    for (;;) {
      const input = reading();
      if (input) return input;
    }
  }

  /**
   * `hr.summary` for a request: when the analyses are not all made (a first visit before or
   * while the warm-up runs, or with none), they are made in slices first, the event loop
   * free between them, so the matrix's first rows (`firstRows`), the rows' explanations
   * (`cells`) and anything else are answered meanwhile; what the warm-up made is taken
   * over, and the warm-up takes over what this made.
   */
  async summaryWhenReady(request: HrSummaryRequest): Promise<HrSummary> {
    while (this.last?.version !== this.source.version()) {
      if (this.analyseStep(REQUEST_SLICE_MS, () => performance.now()) === 'written') break;
      await nextTurn();
    }
    return this.summary(request);
  }

  /**
   * `hr.summary` with `firstRows`: the whole summary when the analyses were made once (since
   * then only what a write touched is made again), else the matrix's first rows only,
   * analysing only their teams (see firstRowsSummary). With nothing read yet, a source that
   * can reads only those rows (readHrFirstRows.ts); with the input read (by the warm-up or
   * an earlier request) they come from it.
   */
  firstRows(request: HrSummaryRequest & { firstRows: number }): HrSummary {
    const { firstRows, ...whole } = request;
    const version = this.source.version();
    // Made once already: a read after a write reads what it touched and analyses only that
    // (updateHrRead.ts), cheaper than the first rows read on their own and a second answer.
    if (this.last) return this.summary(whole);
    const key = `${firstRows}:${JSON.stringify(whole)}`;
    if (this.firstMade?.version === version && this.firstMade.key === key) return this.firstMade.summary;
    const summary = this.firstRowsNow(request, version);
    this.firstMade = { version, key, summary };
    return summary;
  }

  private firstRowsNow(request: HrSummaryRequest & { firstRows: number }, version: string): HrSummary {
    if (this.pending?.version !== version && this.source.readFirstRows) {
      const read = this.readFirstRows(request, version);
      return summariseFirstRows(read, (entries) => this.cache.analyseSome(read.competencies, entries));
    }
    const input = this.inputNow();
    const columns = this.cache.columnsFor(input);
    return firstRowsSummary(input, request, request.firstRows, (entries) => this.cache.analyseSome(columns, entries));
  }

  /**
   * The first rows read on their own for this request, or taken from a read at this version
   * of at least as many rows (or all there are) for the same options (the warm-up's): the
   * first rows of more rows are those rows' first.
   */
  private readFirstRows(request: HrSummaryRequest & { firstRows: number }, version: string): HrFirstRowsRead {
    const { firstRows: count } = request;
    const options = JSON.stringify([request.includeScenarios, request.filter]);
    const kept = this.firstRead;
    const enough = kept && (kept.read.first.length >= count || kept.read.first.length === kept.read.rowCount);
    if (kept?.version === version && kept.options === options && enough) {
      return count >= kept.read.first.length ? kept.read : { ...kept.read, first: kept.read.first.slice(0, count) };
    }
    const read = this.source.readFirstRows!(count, request);
    this.firstRead = { version, read, options };
    return read;
  }

  /**
   * The warm-up's first job, before the whole read: the answer a first visit asks for first
   * (the matrix's first `HR_FIRST_ROWS` rows, no filter, on `today`), read on their own in
   * one step and analysed in slices, then kept (`firstMade`), so a visit at any moment of the
   * rest of the warm-up gets its first rows at once instead of reading and analysing them
   * while the user waits (docs/performance.md "Seventh round"). Their analyses are kept for
   * the whole. 'skip' when there is nothing to do (the source cannot read first rows, a
   * request was first, or it is done).
   */
  private firstRowsAheadStep(sliceMs: number, clock: () => number, today: string): 'more' | 'skip' {
    const version = this.source.version();
    if (this.firstAhead === 'done' || this.last || this.pending || this.reading || !this.source.readFirstRows) {
      this.firstAhead = 'done';
      return 'skip';
    }
    const request = { ...hrSummaryRequestSchema.parse({ today }), firstRows: HR_FIRST_ROWS };
    if (this.firstAhead === 'read') {
      this.readFirstRows(request, version);
      this.firstAhead = 'analyse';
      return 'more';
    }
    const read = this.firstRead?.version === version ? this.firstRead.read : null;
    // Written since the read: its analyses are kept (by content) for the whole; the answer is not.
    if (!read) {
      this.firstAhead = 'done';
      return 'skip';
    }
    const started = clock();
    let analysed = 0;
    for (const entry of read.first) {
      if (analysed > 0 && clock() - started >= sliceMs) return 'more';
      if (this.cache.isKept(entry)) continue;
      this.cache.analyseSome(read.competencies, [entry]);
      analysed += 1;
    }
    // All analysed: the answer assembles what is kept.
    this.firstRows(request);
    this.firstAhead = 'done';
    return 'more';
  }

  /**
   * `hr.cells`: the full cells of these rows, analysing only their teams when the rest is
   * not made yet (from the first rows' own read when they are all among them).
   */
  cells(scenarioIds: readonly string[]): HrRowCells[] {
    const wanted = new Set(scenarioIds);
    const version = this.source.version();
    const early = this.firstRead?.version === version && this.pending?.version !== version ? this.firstRead.read : null;
    const fromEarly = early?.first.filter((entry) => wanted.has(entry.scenarioId));
    const { competencies, entries } =
      this.last?.version !== version && early && fromEarly?.length === wanted.size
        ? { competencies: early.competencies, entries: fromEarly }
        : this.entriesNow(wanted);
    return this.cache
      .analyseSome(competencies, entries)
      .analyses.map((a) => ({ scenarioId: a.entry.scenarioId, cells: a.row.cells }));
  }

  private entriesNow(wanted: ReadonlySet<string>) {
    const input = this.last?.version === this.source.version() ? this.last.input : this.inputNow();
    return {
      competencies: this.cache.columnsFor(input),
      entries: input.scenarios.filter((entry) => wanted.has(entry.scenarioId)),
    };
  }

  /** The input as of now, without analysing: kept, read by the warm-up, or read now (and kept for the analyses). */
  private inputNow(): HrInput {
    const version = this.source.version();
    if (this.last?.version === version) return this.last.input;
    if (this.pending?.version === version) return this.pending.input;
    const input = this.readNow();
    this.pending = { version: this.source.version(), input };
    return input;
  }

  /** `hr.summary`: the overview as the screen shows it, lists cut to their first rows unless asked in full. */
  summary(request: HrSummaryRequest): HrSummary {
    const { input, analyses } = this.get();
    const key = JSON.stringify(request);
    const kept = this.summaries.get(key);
    if (kept) return kept;
    const { fullLists, source: _source, firstRows: _firstRows, ...options } = request;
    const adviceUpTo = fullLists.includes('advice') ? Number.POSITIVE_INFINITY : HR_LIST_PREVIEW;
    const overview = overviewFromAnalyses(input, analyses, options, adviceUpTo);
    const summary = summariseOverview(overview, fullLists, HR_LIST_PREVIEW);
    if (this.summaries.size >= SUMMARIES_KEPT) this.summaries.delete(this.summaries.keys().next().value!);
    this.summaries.set(key, summary);
    return summary;
  }

  /** Works out the cells' explanations (kept once read, see gapSeverity.ts) of the summary's first rows. */
  private explainFirstRows(summary: HrSummary, { analyses }: HrAnalyses): void {
    const first = new Set(summary.rows.slice(0, FIRST_ROWS_EXPLAINED).map((row) => row.scenarioId));
    for (const analysis of analyses) {
      if (first.has(analysis.entry.scenarioId)) for (const cell of analysis.row.cells) void cell.explanation;
    }
  }

  /**
   * One slice of the warm-up: reads the input (the first slices), or analyses scenarios not
   * kept yet for about `sliceMs`, then assembles them as `get` would, then (a slice each)
   * makes the summary the screen asks for first (no filter, on `today`) and the
   * explanations of its first rows (the screen's first `hr.cells`). A write meanwhile: the
   * next slice reads afresh (what was analysed stays kept) and it goes on. Says whether to
   * go on: 'more' for another slice, 'done' when all that is made, 'written' when the store
   * was written while it ran more often than it reads again (the warm-up then stops; the
   * next request reads afresh and analyses only what is missing).
   */
  warmUpStep(sliceMs: number, clock: () => number, today: string): 'more' | 'done' | 'written' {
    const version = this.source.version();
    if (this.last?.version === version) {
      const request = hrSummaryRequestSchema.parse({ today });
      if (!this.summaries.has(JSON.stringify(request))) {
        this.summary(request);
        return 'more';
      }
      this.explainFirstRows(this.summary(request), this.last.analyses);
      return 'done';
    }
    if (this.firstRowsAheadStep(sliceMs, clock, today) === 'more') return 'more';
    return this.analyseStep(sliceMs, clock);
  }

  /**
   * One slice towards analyses of the current data (the warm-up's, or a request's that
   * waits for them): a step of the read, or analysing for about `sliceMs` (then assembling
   * them as `get` does once all are made). 'written' when the store was written meanwhile
   * more often than it reads again.
   */
  private analyseStep(sliceMs: number, clock: () => number): 'more' | 'written' {
    const version = this.source.version();
    if (!this.pending) {
      // The first read in steps where the source can: no step blocks the store as long as
      // the whole read (later reads are after a write, and cheap for the local file).
      if (!this.last && this.source.readInSteps) {
        this.reading ??= this.source.readInSteps();
        const input = this.reading();
        if (!input) return 'more';
        this.reading = null;
        this.pending = { version: this.source.version(), input };
        return 'more';
      }
      this.reading = null;
      this.pending = { version, input: this.source.read() };
      return 'more';
    }
    if (this.pending.version !== version) {
      // Written since the read. The local file's read after a write costs milliseconds
      // (updateHrRead.ts), so read afresh and go on, a few times; a store written all the
      // while is left to its requests, which analyse what is still missing themselves.
      this.pending = null;
      if (this.freshReads >= WARM_UP_FRESH_READS) return 'written';
      this.freshReads += 1;
      this.pending = { version, input: this.source.read() };
      return 'more';
    }
    const started = clock();
    if (this.cache.prepare(this.pending.input, () => clock() - started >= sliceMs)) this.get();
    return 'more';
  }
}
