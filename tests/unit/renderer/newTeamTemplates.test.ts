import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adviseDesign } from '../../../shared/engine/index.js';
import { TEAM_MODELS } from '../../../shared/catalogue/teamDesign.js';
import { createTeamCommand } from '../../../renderer/design/teamCommands.js';
import { defaultDesign } from '../../../renderer/design/defaultDesign.js';
import { newTeamTemplates } from '../../../renderer/design/proposeFunctions.js';
import { openHarness, type Harness } from './harness.js';

// The RootStore over the real SQLite store (harness.ts), as "Nieuw team" makes a team.
let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

describe('a new team starts with the functions its model proposes, in the team and in the shell', () => {
  it.each(TEAM_MODELS)('model %s: its own design answers give no advice about a missing shell', async (model) => {
    const fields = { name: `Nieuw ${model}`, area: '', ...defaultDesign(model) };
    const templates = newTeamTemplates(fields, h.root.catalogue.catalogue.functionTemplates);
    const open = (id: string | null) => h.root.openScenario(id, { keepHistory: true });
    expect(await h.root.execute(createTeamCommand(h.root, fields, templates, open))).toBe(true);
    const plan = h.root.plan.plan!;
    expect(plan.team.name).toBe(`Nieuw ${model}`);
    const shell = plan.functions.filter((f) => f.placement === 'shell');
    expect(shell.map((f) => f.templateKey)).toEqual(templates.inShell);
    expect(shell.every((f) => f.hoursRequired === 0)).toBe(true);
    expect(adviseDesign(plan).map((a) => a.rule)).not.toContain('depth-refer-without-shell');
  });
});
