import { describe, expect, it } from 'vitest';
import { adviceAbout } from '../../../shared/engine/advice/index.js';
import { buildHrOverview, hrTables, HR_LISTS } from '../../../shared/hr/index.js';
import { translator, type Translator } from '../../../shared/i18n/translator.js';
import { INPUT, options } from './hrFixtures.js';

describe('HR export tables', () => {
  const overview = buildHrOverview(INPUT, options());
  const tables = new Map(hrTables(overview).map((t) => [t.list, t]));

  it('has a table per list, with Dutch column names and one row per item', () => {
    expect([...tables.keys()]).toEqual([...HR_LISTS]);
    expect(tables.get('teams')!.columns.slice(0, 7)).toEqual([
      'Team',
      'Scenario',
      'Gebied',
      'Model',
      'Organisatietype',
      'Positionering',
      'Teamdekking (%)',
    ]);
    expect(tables.get('overAllocated')!.columns).toContain('Uren te veel');
    expect(tables.get('assessments')!.columns).toContain('Beoordeeld op');
    for (const table of tables.values()) {
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
    expect(tables.get('teams')!.rows).toHaveLength(overview.rows.length);
    expect(tables.get('advice')!.rows).toHaveLength(overview.advice.length);
  });

  it('writes numbers as numbers and names in Dutch', () => {
    const noord = tables.get('teams')!.rows[0]!;
    const col = (name: string) => tables.get('teams')!.columns.indexOf(name);
    expect(noord[col('Team')]).toBe('Wijkteam Noord');
    expect(noord[col('Teamdekking (%)')]).toBe(50);
    expect(noord[col('Uren nodig')]).toBe(40);
    expect(noord[col('Fte nodig')]).toBe(1.11);
    expect(noord[col('Organisatietype')]).toBe('Integraal team');
    expect(noord[col('Disciplines')]).toBe('Maatschappelijk werker (1), Sociaalpsychiatrisch verpleegkundige (1)');
    expect(tables.get('overAllocated')!.rows[0]).toEqual([
      'Anna Aalders',
      'Maatschappelijk werker',
      'Stichting Test',
      32,
      40,
      8,
      'Wijkteam Zuid (20), Wijkteam Noord (20)',
    ]);
    expect(tables.get('assessments')!.rows[0]![5]).toBe('Nooit beoordeeld');
  });

  it('marks matrix cells with their severity in words and for colouring', () => {
    const matrix = tables.get('matrix')!;
    const empathy = matrix.columns.indexOf('Inlevingsvermogen');
    expect(empathy).toBeGreaterThan(2);
    expect(matrix.rows[0]![empathy]).toBe(
      'Geen eis open: kwetsbaar in Maatschappelijke dienstverlening (niveau 3): rust alleen op Anna Aalders',
    );
    expect(matrix.severities![0]![empathy]).toBe('thin');
    const conflict = matrix.columns.indexOf('Conflicthantering');
    expect(matrix.rows[1]![conflict]).toBe(
      '1 eis open: ontbreekt in Casusregie (0 geschikt, 1 nodig; niveau ≥ 3); niemand elders in het team heeft niveau 3',
    );
    expect(matrix.rows[0]![conflict]).toBe('');
  });

  it('speaks English when asked: sheet names, columns, names, status and severity words', () => {
    const english = new Map(hrTables(overview, HR_LISTS, 'en').map((t) => [t.list, t]));
    expect(english.get('overAllocated')!.title).toBe('Over-allocated');
    expect(english.get('teams')!.columns.slice(0, 7)).toEqual([
      'Team',
      'Scenario',
      'Area',
      'Model',
      'Organisation type',
      'Positioning',
      'Team coverage (%)',
    ]);
    expect(english.get('teams')!.rows[0]![4]).toBe('Integral team');
    expect(english.get('assessments')!.rows[0]![5]).toBe('Never assessed');
    const matrix = english.get('matrix')!;
    expect(matrix.rows[0]![matrix.columns.indexOf('Empathy')]).toBe(
      'No requirement open: fragile in Maatschappelijke dienstverlening (level 3): rests on Anna Aalders alone',
    );
    expect(matrix.rows[1]![matrix.columns.indexOf('Conflict handling')]).toBe(
      '1 requirement open: missing in Casusregie (0 qualified, 1 needed; level ≥ 3); nobody elsewhere in the team has level 3',
    );
    const severities = new Set(english.get('advice')!.rows.map((row) => row[2]));
    expect([...severities].every((word) => word === 'Important' || word === 'Warning')).toBe(true);
    expect(severities.size).toBeGreaterThan(0);
  });

  it('says the advice severity with the vocabulary in Dutch', () => {
    const words = new Set(tables.get('advice')!.rows.map((row) => row[2]));
    expect([...words].every((word) => word === 'Belangrijk' || word === 'Let op')).toBe(true);
  });

  it('says what each advice checks and its source in words, as the board does, never the rule’s internal id', () => {
    const advice = tables.get('advice')!;
    expect(advice.columns[3]).toBe('Controle en bron');
    expect(advice.rows.length).toBeGreaterThan(0);
    advice.rows.forEach((row, i) => {
      const about = adviceAbout(overview.advice[i]!.rule)!;
      expect(row[3]).toBe(translator('nl').render(about));
      expect(row[3]).not.toBe(overview.advice[i]!.rule);
    });
  });
});

describe('matrix sentences', () => {
  /** The plain translator, counting the cell sentences it is asked to word. */
  function counting(lang: 'nl' | 'en'): { words: Translator; sentences: () => number } {
    const plain = translator(lang);
    let sentences = 0;
    const words: Translator = {
      ...plain,
      render: (text) => {
        if (text.key === 'hrCell.sentence') sentences += 1;
        return plain.render(text);
      },
    };
    return { words, sentences: () => sentences };
  }

  it('are worded once per cell and language: a second export of the same analyses words none again', () => {
    const overview = buildHrOverview(INPUT, options());
    const first = counting('nl');
    const [matrix] = hrTables(overview, ['matrix'], 'nl', first.words);
    expect(first.sentences()).toBeGreaterThan(0);

    const again = counting('nl');
    expect(hrTables(overview, ['matrix'], 'nl', again.words)).toEqual([matrix]);
    expect(again.sentences()).toBe(0);

    // English is worded in English; a new analysis (new cells) is worded anew, to the same words.
    const english = counting('en');
    const [inEnglish] = hrTables(overview, ['matrix'], 'en', english.words);
    expect(english.sentences()).toBe(first.sentences());
    expect(inEnglish!.rows).not.toEqual(matrix!.rows);
    const fresh = counting('nl');
    expect(hrTables(buildHrOverview(INPUT, options()), ['matrix'], 'nl', fresh.words)).toEqual([matrix]);
    expect(fresh.sentences()).toBe(first.sentences());
  });
});
