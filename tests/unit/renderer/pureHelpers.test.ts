import { describe, expect, it } from 'vitest';
import { BUILT_IN_FUNCTIONS } from '../../../shared/catalogue/functions.js';
import { UndoStack, type Command } from '../../../renderer/app/UndoStack.js';
import { filterPool } from '../../../renderer/board/poolFilter.js';
import { EMPTY_FILTER } from '../../../renderer/app/UiStore.js';
import { omittedFunctions, proposeFunctions } from '../../../renderer/design/proposeFunctions.js';
import { translator } from '../../../shared/i18n/translator.js';
import { message } from '../../../shared/i18n/message.js';
import { ui as nl } from '../../../shared/i18n/locales/nl/ui.js';
import { ui as en } from '../../../shared/i18n/locales/en/ui.js';
import type { Professional } from '../../../shared/domain/schemas.js';

const templates = BUILT_IN_FUNCTIONS.map((f) => ({
  ...f,
  requirements: [...f.requirements],
  expertise: [...f.expertise],
  lifeDomains: [...f.lifeDomains],
}));

function person(id: string, patch: Partial<Professional> = {}): Professional {
  return {
    id,
    name: id,
    discipline: 'socialWorker',
    organisation: '',
    binding: 'functional',
    contractHours: 24,
    ratings: {},
    expertise: [],
    assessedOn: null,
    teamRoles: {},
    ...patch,
  };
}

describe('UndoStack', () => {
  it('undoes and redoes in order and drops redo after a new edit', async () => {
    const log: string[] = [];
    const cmd = (name: string): Command => ({
      label: message('cmd.teamAdd', { name }),
      run: async () => void log.push(`do ${name}`),
      revert: async () => void log.push(`undo ${name}`),
    });
    const stack = new UndoStack(() => undefined);
    await stack.execute(cmd('a'));
    await stack.execute(cmd('b'));
    await stack.undo();
    expect(stack.nextRedo?.params?.name).toBe('b');
    await stack.execute(cmd('c'));
    expect(stack.canRedo).toBe(false);
    await stack.undo();
    await stack.undo();
    expect(log).toEqual(['do a', 'do b', 'undo b', 'do c', 'undo c', 'undo a']);
  });

  it('keeps a failed edit out of the history and reports the error', async () => {
    const errors: unknown[] = [];
    const stack = new UndoStack((e) => errors.push(e));
    const ok = await stack.execute({
      label: message('cmd.teamAdd', { name: 'x' }),
      run: async () => {
        throw new Error('refused');
      },
      revert: async () => undefined,
    });
    expect(ok).toBe(false);
    expect(stack.canUndo).toBe(false);
    expect(errors).toHaveLength(1);
  });
});

describe('proposeFunctions', () => {
  const base = {
    model: 'A1' as const,
    organisationType: 'integraal' as const,
    ageGroups: ['youth' as const, 'adults' as const, 'elderly' as const],
    design: {
      breadth: { scope: 'all' as const, collective: true, notes: '' },
      questions: { reach: 'all' as const, arrival: 'direct' as const, notes: '' },
      depth: { mode: 'signalAndRefer' as const, notes: '' },
      integration: { mode: 'mandated' as const, notes: '' },
    },
  };
  const placement = (p: ReturnType<typeof proposeFunctions>, key: string) =>
    p.find((x) => x.templateKey === key)?.placement;

  it('puts access in an A1 team and proposes none for A2, saying why', () => {
    expect(placement(proposeFunctions(base, templates), 'access')).toBe('team');
    expect(omittedFunctions(base, templates)).toEqual([]);
    const a2 = { ...base, model: 'A2' as const };
    expect(placement(proposeFunctions(a2, templates), 'access')).toBeUndefined();
    expect(omittedFunctions(a2, templates)).toEqual([{ templateKey: 'access', reason: 'accessA2' }]);
  });

  it('places crisis intervention by "hoe ver?", whatever the organisation type', () => {
    const solve = { ...base, design: { ...base.design, depth: { mode: 'solve' as const, notes: '' } } };
    for (const organisationType of ['samenwerkingsverband', 'geintegreerd', 'integraal'] as const) {
      const inTeam = proposeFunctions({ ...solve, organisationType }, templates);
      expect(inTeam.find((p) => p.templateKey === 'crisisIntervention')).toMatchObject({
        placement: 'team',
        reason: 'crisisTeam',
      });
      const referred = proposeFunctions({ ...base, organisationType }, templates);
      expect(referred.find((p) => p.templateKey === 'crisisIntervention')).toMatchObject({
        placement: 'shell',
        reason: 'crisisShell',
      });
    }
  });

  it('moves specialist care into the team when the team solves things itself', () => {
    expect(placement(proposeFunctions(base, templates), 'socioPsychiatric')).toBe('shell');
    const solve = { ...base, design: { ...base.design, depth: { mode: 'solve' as const, notes: '' } } };
    expect(placement(proposeFunctions(solve, templates), 'socioPsychiatric')).toBe('team');
    expect(placement(proposeFunctions(solve, templates), 'crisisIntervention')).toBe('team');
  });

  it('proposes collective work only when chosen', () => {
    const none = {
      ...base,
      design: { ...base.design, breadth: { scope: 'all' as const, collective: false, notes: '' } },
    };
    expect(placement(proposeFunctions(none, templates), 'communityDevelopment')).toBeUndefined();
    expect(placement(proposeFunctions(base, templates), 'communityDevelopment')).toBe('team');
  });
});

describe('filterPool', () => {
  const pool = [
    person('Anna', {
      ratings: { empathy: 3 },
      expertise: [{ key: 'youth', level: 2, assessedOn: null }],
      organisation: 'Welzijn',
    }),
    person('Bram', { ratings: { empathy: 1 }, discipline: 'districtNurse' }),
    person('Cem', { contractHours: 8 }),
  ];
  const free = new Map([
    ['Anna', 20],
    ['Bram', 0],
    ['Cem', 8],
  ]);
  const names = (f: Partial<typeof EMPTY_FILTER>) =>
    filterPool(pool, { ...EMPTY_FILTER, ...f }, free, (k) => k).map((p) => p.name);

  it('filters by competency level, expertise, organisation, discipline, free hours and text', () => {
    expect(names({ competency: 'empathy', minLevel: 2 })).toEqual(['Anna']);
    expect(names({ expertise: 'youth' })).toEqual(['Anna']);
    expect(names({ organisation: 'Welzijn' })).toEqual(['Anna']);
    expect(names({ discipline: 'districtNurse' })).toEqual(['Bram']);
    expect(names({ minFreeHours: 8 })).toEqual(['Anna', 'Cem']);
    expect(names({ text: 'nurse' })).toEqual(['Bram']);
    expect(names({})).toEqual(['Anna', 'Bram', 'Cem']);
  });
});

describe('i18n', () => {
  it('has every key in both languages and fills placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(translator('nl').t('pool.free', { hours: 4.5 })).toBe('4,5 u vrij');
    expect(translator('en').t('pool.free', { hours: 4.5 })).toBe('4.5 h free');
  });
});
