import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import { buildJsonReport } from '../../../shared/engine/index.js';
import { buildHrOverview, EMPTY_HR_FILTER } from '../../../shared/hr/index.js';
import type { HrInput } from '../../../shared/hr/types.js';
import { buildPrintModel } from '../../../renderer/print/printModel.js';
import { openHarness, type Harness } from './harness.js';

/**
 * Over-allocation is one engine rule (shared/engine/overAllocation.ts). The board, the HR
 * overview, the print and the report must name the same people for the same data.
 */
let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

const TODAY = '2026-11-23';

async function hrInput(): Promise<HrInput> {
  const result = await dispatch(h.store.handlers, 'hr.overview', {});
  if (!result.ok) throw new Error(result.error.text.key);
  return result.value as HrInput;
}

/** Everyone each place flags, among the members of the open team. */
async function flaggedEverywhere() {
  const view = h.root.plan.view!;
  const members = new Set(view.plan.assignments.map((a) => a.professionalId));
  const hr = buildHrOverview(await hrInput(), {
    today: TODAY,
    assessmentMonths: 24,
    includeScenarios: false,
    filter: EMPTY_HR_FILTER,
  });
  const print = buildPrintModel(view.plan, TODAY, view.hoursElsewhere);
  return {
    board: [...h.root.plan.overAllocatedIds].sort(),
    hr: hr.overAllocated
      .map((p) => p.professionalId)
      .filter((id) => members.has(id))
      .sort(),
    print: print.members
      .filter((m) => m.overAllocated)
      .map((m) => m.id)
      .sort(),
    printAdvice: print.advice
      .filter((a) => a.rule === 'over-allocated')
      .map((a) => a.subject!.id)
      .sort(),
  };
}

describe('one over-allocation rule for board, HR, print and report', () => {
  it('flags the same people, counting hours in other teams (Voorbeeldwijk: Fatima works in both)', async () => {
    const fatima = h.root.plan.plan!.professionals.find((p) => p.name === 'Fatima El Amrani')!;
    const flagged = await flaggedEverywhere();
    expect(flagged.board).toContain(fatima.id);
    expect(flagged.hr).toEqual(flagged.board);
    expect(flagged.print).toEqual(flagged.board);
    expect(flagged.printAdvice).toEqual(flagged.board);
  });

  it('on one plan with everyone in this team only, the report agrees too', async () => {
    const view = h.root.plan.view!;
    const plan = view.plan;
    // Someone who works only in this team, given more hours here than their contract.
    const solo = plan.professionals.find(
      (p) =>
        !(p.id in view.hoursElsewhere) &&
        plan.assignments.some((a) => a.professionalId === p.id) &&
        p.contractHours < 56,
    )!;
    const seat = plan.assignments.find((a) => a.professionalId === solo.id)!;
    const others = plan.assignments
      .filter((a) => a.professionalId === solo.id && a !== seat)
      .reduce((s, a) => s + a.hours, 0);
    const hours = Math.min(60, solo.contractHours - others + 4);
    const set = await dispatch(h.store.handlers, 'assignments.set', {
      functionId: seat.functionId,
      professionalId: solo.id,
      hours,
    });
    expect(set.ok).toBe(true);
    await h.root.plan.open(view.scenarioId);

    const flagged = await flaggedEverywhere();
    expect(flagged.board).toContain(solo.id);
    expect(flagged.hr).toEqual(flagged.board);
    expect(flagged.print).toEqual(flagged.board);
    // The report reads one plan file and knows no other teams: it agrees on everyone
    // whose hours are all in this plan.
    const report = buildJsonReport(h.root.plan.view!.plan, { today: TODAY });
    const onlyHere = flagged.board.filter((id) => !(id in h.root.plan.view!.hoursElsewhere));
    expect(onlyHere).toContain(solo.id);
    expect([...report.overAllocated].sort()).toEqual(onlyHere);
  });
});
