import type { ApiInput, ApiMethod } from '../../shared/api/contract.js';

/** Where the UI remembers the scenario that was open last, to reopen it on the next start. */
export const LAST_SCENARIO_KEY = 'wtp.lastScenario';

/** One API call, its method and input typed together. */
export type StartupCall = { [M in ApiMethod]: { method: M; input: ApiInput<M> } }[ApiMethod];

/**
 * The calls `RootStore.start` makes before the first board can show: app info,
 * catalogue, teams, the pool and the scenario that was open last. Listed here, apart
 * from the stores, so the small entry module (main.tsx) can send them while the
 * browser still loads and evaluates the rest of the app; the stores then make the very
 * same calls and get these answers (prefetchingTransport.ts).
 */
export function startupCalls(lastScenarioId: string | null): StartupCall[] {
  const calls: StartupCall[] = [
    { method: 'app.info', input: {} },
    { method: 'catalogue.get', input: {} },
    { method: 'teams.list', input: {} },
    { method: 'professionals.list', input: {} },
  ];
  // The plan first: it is the largest answer and the one the board waits for.
  if (lastScenarioId) calls.unshift({ method: 'plan.get', input: { scenarioId: lastScenarioId } });
  return calls;
}
