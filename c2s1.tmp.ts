import { composeTeam } from './node/compose/composeTeam.js';
import { composeOptions } from './shared/compose/options.js';
import { randomPlan } from './tests/bench/composeData.js';
for (const strategy of ['relaxFirst', 'direct'] as const) {
  const t = performance.now(); const log: string[] = [];
  const r = await composeTeam(randomPlan(1, 50, 12), composeOptions(), { timeLimitSeconds: 10, strategy, onStage: (s) => log.push(`${s}@${((performance.now() - t) / 1000).toFixed(2)}`) });
  console.log(strategy, r.status, r.stoppedAt, r.gap, r.score.assignments, (r.elapsedMs / 1000).toFixed(2), log.join(' '));
}
