import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renameDisciplineCommand, updateProfessionalCommand } from '../../../renderer/people/professionalCommands.js';
import { dutch, openHarness, type Harness } from './harness.js';

/**
 * Renaming an own discipline from the Catalogus screen: one command for everyone who has it,
 * the pool and the open plan in step, and one undo that gives back exactly what it changed.
 */
let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

/** Three people of the open plan: two with a typo, one with the right spelling. */
async function typoInPlan(): Promise<{ typo: string[]; right: string }> {
  const [a, b, c] = h.root.plan.plan!.professionals;
  for (const p of [a!, b!])
    await h.root.execute(updateProfessionalCommand(h.root, p.id, { discipline: 'Buurtsportcoch' }));
  await h.root.execute(updateProfessionalCommand(h.root, c!.id, { discipline: 'Buurtsportcoach' }));
  return { typo: [a!.id, b!.id], right: c!.id };
}

const inPool = (id: string) => h.root.professionals.byId.get(id)!.discipline;
const inPlan = (id: string) => h.root.plan.professionalById.get(id)!.discipline;

describe('renaming an own discipline', () => {
  it('renames it for everyone in the pool and the open plan, as one undoable step', async () => {
    const { typo } = await typoInPlan();
    const steps = h.root.undo.done.length;
    const command = renameDisciplineCommand(h.root, 'Buurtsportcoch', 'Sportcoach');
    expect(dutch(command.label)).toBe('‘Buurtsportcoch’ hernoemd tot ‘Sportcoach’');
    expect(await h.root.execute(command)).toBe(true);
    for (const id of typo) {
      expect(inPool(id)).toBe('Sportcoach');
      expect(inPlan(id)).toBe('Sportcoach');
      // The pool and the plan hold the same object, as after any edit of a person.
      expect(h.root.plan.professionalById.get(id)).toBe(h.root.professionals.byId.get(id));
    }
    expect(h.root.professionals.peoplePerDiscipline.get('Buurtsportcoch')).toBeUndefined();
    expect(h.root.undo.done.length).toBe(steps + 1);

    await h.root.undo.undo();
    for (const id of typo) expect([inPool(id), inPlan(id)]).toEqual(['Buurtsportcoch', 'Buurtsportcoch']);
    await h.root.undo.redo();
    for (const id of typo) expect([inPool(id), inPlan(id)]).toEqual(['Sportcoach', 'Sportcoach']);
    // What the store has, not only the screen.
    const stored = await h.store.handlers['professionals.list']({});
    expect(
      stored
        .filter((p) => p.discipline === 'Sportcoach')
        .map((p) => p.id)
        .sort(),
    ).toEqual([...typo].sort());
  });

  it('names a merge as such, and its undo gives back only the people it moved', async () => {
    const { typo, right } = await typoInPlan();
    const command = renameDisciplineCommand(h.root, 'Buurtsportcoch', 'buurtsportcoach');
    expect(dutch(command.label)).toBe('‘Buurtsportcoch’ samengevoegd met ‘Buurtsportcoach’');
    await h.root.execute(command);
    expect([...typo, right].map(inPool)).toEqual(['Buurtsportcoach', 'Buurtsportcoach', 'Buurtsportcoach']);
    expect(h.root.professionals.peoplePerDiscipline.get('Buurtsportcoach')).toBe(3);

    await h.root.undo.undo();
    expect(typo.map(inPool)).toEqual(['Buurtsportcoch', 'Buurtsportcoch']);
    expect(inPool(right)).toBe('Buurtsportcoach');
    expect(inPlan(right)).toBe('Buurtsportcoach');
  });

  it('names a catalogued discipline it merges into in the reader’s language', async () => {
    await typoInPlan();
    const command = renameDisciplineCommand(h.root, 'Buurtsportcoch', 'opbouwwerker');
    expect(dutch(command.label)).toBe('‘Buurtsportcoch’ samengevoegd met ‘Opbouwwerker’');
    await h.root.execute(command);
    expect(h.root.professionals.peoplePerDiscipline.get('Buurtsportcoch')).toBeUndefined();
    expect(h.root.professionals.peoplePerDiscipline.get('communityWorker')).toBeGreaterThanOrEqual(2);
  });

  it('changes nothing on screen and adds no step when the store refuses', async () => {
    const { typo } = await typoInPlan();
    const steps = h.root.undo.done.length;
    h.failNext('professionals.renameDiscipline');
    expect(await h.root.execute(renameDisciplineCommand(h.root, 'Buurtsportcoch', 'Sportcoach'))).toBe(false);
    expect(typo.map(inPool)).toEqual(['Buurtsportcoch', 'Buurtsportcoch']);
    expect(h.root.undo.done.length).toBe(steps);
  });
});
