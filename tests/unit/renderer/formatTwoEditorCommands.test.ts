import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateFunctionCommand } from '../../../renderer/design/functionCommands.js';
import { updateProfessionalCommand } from '../../../renderer/people/professionalCommands.js';
import {
  createTeamRoleCommand,
  deleteTeamRoleCommand,
  renameTeamRoleCommand,
} from '../../../renderer/catalogue/teamRoleCommands.js';
import { message } from '../../../shared/i18n/message.js';
import { dutch, openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

const roleKeys = () => h.root.catalogue.teamRoles.map((r) => r.key);

describe('the editors of plan format 2 as undoable commands over the real store', () => {
  it("knows the organisation's team roles from the catalogue", () => {
    expect(roleKeys()).toEqual(['driver', 'connector', 'ideas', 'organiser', 'finisher', 'critic']);
  });

  it('adds, renames and removes a team role; undo of the removal brings back the role, its place and its ratings', async () => {
    await h.root.execute(createTeamRoleCommand(h.root, { nl: 'Netwerker', en: 'Networker' }));
    expect(roleKeys().at(-1)).toBe('netwerker');
    const added = h.root.catalogue.teamRoles.at(-1)!;
    await h.root.execute(renameTeamRoleCommand(h.root, added, { nl: 'Bruggenbouwer', en: 'Bridge builder' }));
    expect(h.root.catalogue.teamRoles.at(-1)!.name.nl).toBe('Bruggenbouwer');
    await h.root.undo.undo();
    expect(h.root.catalogue.teamRoles.at(-1)!.name.nl).toBe('Netwerker');

    const person = h.root.professionals.sorted[0]!;
    await h.root.execute(updateProfessionalCommand(h.root, person.id, { teamRoles: { connector: 3, ideas: 1 } }));
    const connector = h.root.catalogue.teamRoles.find((r) => r.key === 'connector')!;
    await h.root.execute(deleteTeamRoleCommand(h.root, connector));
    expect(roleKeys()).not.toContain('connector');
    expect(h.root.professionals.byId.get(person.id)!.teamRoles).toEqual({ ideas: 1 });
    expect(dutch(h.root.undo.nextUndo ?? undefined)).toBe('Teamrol Verbinder verwijderd');

    await h.root.undo.undo();
    expect(roleKeys().slice(0, 3)).toEqual(['driver', 'connector', 'ideas']);
    expect(h.root.professionals.byId.get(person.id)!.teamRoles).toEqual({ connector: 3, ideas: 1 });
  });

  it("changes a function's vakkennis under its own undo label and takes it back whole", async () => {
    const fn = h.root.plan.plan!.functions.find((f) => f.placement === 'team')!;
    const before = fn.expertise;
    const expertise = [
      ...before.filter((e) => e.expertise !== 'addiction'),
      { expertise: 'addiction', level: 3, minPeople: 1, scope: 'function' as const },
    ];
    await h.root.execute(
      updateFunctionCommand(h.root, fn.id, { expertise }, message('edit.cmd.fnExpertise', { name: fn.name })),
    );
    expect(h.root.plan.functionById.get(fn.id)!.expertise).toEqual(expertise);
    expect(dutch(h.root.undo.nextUndo ?? undefined)).toBe(`Vakkennis van ${fn.name}`);
    await h.root.undo.undo();
    expect(h.root.plan.functionById.get(fn.id)!.expertise).toEqual(before);
  });

  it("shows the store's Dutch refusal of the same expertise twice instead of failing silently", async () => {
    const fn = h.root.plan.plan!.functions.find((f) => f.placement === 'team')!;
    const twice = [
      { expertise: 'youth', level: 3, minPeople: 1, scope: 'function' as const },
      { expertise: 'youth', level: 2, minPeople: 1, scope: 'team' as const },
    ];
    const done = await h.root.execute(updateFunctionCommand(h.root, fn.id, { expertise: twice }));
    expect(done).toBe(false);
    expect(dutch(h.root.ui.toasts.at(-1)?.text)).toContain('de vakkennis ‘youth’ staat er al');
    expect(h.root.plan.functionById.get(fn.id)!.expertise).not.toEqual(twice);
  });
});
