import type { TeamPlan } from '../../plan/planSchema.js';
import { computeCoverage } from '../coverage.js';
import { levelFor } from '../expertiseLevel.js';
import { indexPlan } from '../planIndex.js';
import type { Addition } from '../types.js';
import { hoursAvailable, NO_HOURS_ELSEWHERE, type HoursElsewhere } from './availability.js';
import { hasRoomFor, offeredHours } from './room.js';

/**
 * Greedy "best k additions" for the whole team: repeatedly add the one (professional,
 * in-team function) pair that newly covers the most requirements, until k pairs are
 * chosen or no pair helps any more.
 *
 * Ties, in order: the pair that raises the qualified count of the most open requirements
 * (progress toward a requirement that needs several people, which "newly covered" alone
 * cannot see), then the person with the most free hours, then plan order of functions and
 * professionals. Each pick books the hours the function still lacks, within the person's
 * free hours and at least the minimum assignment (`offeredHours`), so the next pick sees
 * who still has time. Greedy is not always optimal, but it is explainable to a team
 * leader step by step, and each step is the best single move. Free hours leave
 * out the hours a person already gives to other teams, when given.
 *
 * Only people with room for an assignment take part (`hasRoomFor`, with the hours earlier
 * picks booked): a step books hours, and a step of 0 hours, or one that takes a person over
 * their contract, is no plan. The composer leaves them out for the same reason.
 */
export function bestAdditions(
  plan: TeamPlan,
  k: number,
  hoursElsewhere: HoursElsewhere = NO_HOURS_ELSEWHERE,
): Addition[] {
  const index = indexPlan(plan);
  const report = computeCoverage(plan, index);
  const free = hoursAvailable(report, hoursElsewhere);
  const people = plan.professionals;
  const booked = new Array<number>(people.length).fill(0);
  const hasRoom = (p: number) => {
    const load = report.professionals[p]!;
    return hasRoomFor({ ...load, hoursAllocated: load.hoursAllocated + booked[p]! }, hoursElsewhere);
  };

  const teamFunctions = report.functions.flatMap((fn, f) => (fn.inShell ? [] : [f]));
  const qualified = report.functions.map((fn) => fn.requirements.map((r) => r.qualified));
  const isMember = report.functions.map((_, f) => {
    const members = new Array<boolean>(people.length).fill(false);
    for (const seat of index.seatsByFunction[f]!) members[seat.professional] = true;
    return members;
  });
  const lacking = report.functions.map((fn) => Math.max(0, fn.hoursRequired - fn.hoursAllocated));
  let covered = report.requirementsCovered;
  const total = report.requirementsTotal;

  const picks: Addition[] = [];
  while (picks.length < k) {
    let best: { f: number; p: number; gain: number; progress: number } | null = null;
    const room = people.map((_, p) => hasRoom(p));
    for (const f of teamFunctions) {
      // The report's rows: competency requirements and function-scope expertise alike.
      const requirements = report.functions[f]!.requirements;
      for (let p = 0; p < people.length; p += 1) {
        if (isMember[f]![p] || !room[p]) continue;
        let gain = 0;
        let progress = 0;
        requirements.forEach((r, j) => {
          const q = qualified[f]![j]!;
          if (q >= r.minPeople || levelFor(people[p]!, r.kind, r.competency) < r.level) return;
          progress += 1;
          if (q + 1 >= r.minPeople) gain += 1;
        });
        if (progress === 0) continue;
        if (
          best === null ||
          gain > best.gain ||
          (gain === best.gain && progress > best.progress) ||
          (gain === best.gain && progress === best.progress && free[p]! > free[best.p]!)
        ) {
          best = { f, p, gain, progress };
        }
      }
    }
    if (best === null) break;

    const { f, p, gain } = best;
    isMember[f]![p] = true;
    report.functions[f]!.requirements.forEach((r, j) => {
      if (levelFor(people[p]!, r.kind, r.competency) >= r.level) qualified[f]![j]! += 1;
    });
    covered += gain;
    const suggestedHours = offeredHours(free[p]!, lacking[f]!);
    free[p]! -= suggestedHours;
    booked[p]! += suggestedHours;
    lacking[f]! = Math.max(0, lacking[f]! - suggestedHours);
    picks.push({
      professionalId: people[p]!.id,
      functionId: plan.functions[f]!.id,
      newlyCovered: gain,
      suggestedHours,
      teamCoverageAfter: total === 0 ? 1 : covered / total,
    });
  }
  return picks;
}
