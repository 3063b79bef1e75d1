import { composeOutcome } from '../../shared/compose/outcome.js';
import { currentAssignments } from '../../shared/compose/instance.js';
import { composeOptions, type ComposeLimits } from '../../shared/compose/options.js';
import { COMPOSE_STAGES, type ComposeStage } from '../../shared/api/composeSchemas.js';
import type { ApiInput } from '../../shared/api/contract.js';
import { message } from '../../shared/i18n/message.js';
import { composeTeam } from '../../node/compose/composeTeam.js';
import type { StoreContext } from '../context.js';
import { readScenarioPlan } from '../importExport/planExport.js';
import { hoursInOtherTeams, upsertAssignment } from '../repositories/assignments.js';
import { insertFunction, listFunctions } from '../repositories/functions.js';
import { professionalExists } from '../repositories/professionals.js';
import { getScenario, insertScenario, scenarioNameTaken, touchTeam } from '../repositories/teams.js';
import { ComposeJobs } from './composeJobs.js';
import { THING, conflict, notFound } from './failures.js';
import type { HandlerSlice } from './handlerTypes.js';

type ComposeMethod = 'compose.start' | 'compose.poll' | 'compose.cancel' | 'compose.finishNow' | 'compose.apply';

/** The solver as the service uses it; tests and hosts may pass another (e.g. one that never ends). */
type Composer = typeof composeTeam;

function limitsOf(input: ApiInput<'compose.start'>['limits']): ComposeLimits {
  return {
    ...(input?.maxTeamSize !== undefined ? { maxTeamSize: input.maxTeamSize } : {}),
    ...(input?.maxOrganisationShare !== undefined ? { maxOrganisationShare: input.maxOrganisationShare } : {}),
    ...(input?.requiredDiscipline ? { requiredDisciplines: [input.requiredDiscipline] } : {}),
  };
}

function isStage(name: string): name is ComposeStage {
  return (COMPOSE_STAGES as readonly string[]).includes(name);
}

/**
 * "Stel samen" in the app. The solver runs here, in the store process (a worker thread),
 * never in the page: the renderer's CSP stays without 'wasm-unsafe-eval'. `start` reads
 * the plan the way `plan.get` does (whole pool, hours given to other teams) and answers
 * at once; the renderer polls.
 */
export function composeHandlers(
  ctx: StoreContext,
  jobs: ComposeJobs = new ComposeJobs(),
  composer: Composer = composeTeam,
): HandlerSlice<ComposeMethod> {
  function requireJob(jobId: string) {
    const job = jobs.get(jobId);
    if (!job) throw notFound(THING.composeJob, jobId);
    return job;
  }

  return {
    'compose.start': (input) => {
      const { plan, hoursElsewhere } = ctx.read(() => ({
        plan: readScenarioPlan(ctx, input.scenarioId, 'wholePool', 'view').plan,
        hoursElsewhere: hoursInOtherTeams(ctx, input.scenarioId),
      }));
      if (jobs.runningFor(input.scenarioId)) throw conflict(message('composeUi.error.alreadyRunning'));
      const options = composeOptions({
        objective: input.objective,
        minHours: input.minHours,
        locked: input.keepMembers ? currentAssignments(plan) : [],
        hoursElsewhere,
        limits: limitsOf(input.limits),
      });
      const job = jobs.add(ctx.newId(), input.scenarioId);
      composer(plan, options, {
        timeLimitSeconds: input.timeLimitSeconds,
        signal: job.controller.signal,
        wrapUp: job.wrapUp.signal,
        onStage: (stage) => {
          if (isStage(stage)) jobs.setStage(job, stage);
        },
      }).then(
        (result) =>
          jobs.finish(job, {
            state: 'done',
            result: composeOutcome(plan, result, input.minHours, job.wrapUp.signal.aborted),
          }),
        // An abort lands here too; the job is then already 'cancelled' and stays so.
        () => jobs.finish(job, { state: 'failed', error: message('composeUi.error.failed') }),
      );
      return { jobId: job.id };
    },

    'compose.poll': ({ jobId }) => jobs.poll(requireJob(jobId)),

    'compose.cancel': ({ jobId }) => {
      jobs.cancel(requireJob(jobId));
      return { done: true as const };
    },

    /** "Nu afronden": the running job answers with its best composition so far; poll for it as usual. */
    'compose.finishNow': ({ jobId }) => {
      jobs.wrapUp(requireJob(jobId));
      return { done: true as const };
    },

    /** A variant like `scenarios.duplicate`, but with the composed assignments instead of the current ones. */
    'compose.apply': ({ scenarioId, name, assignments }) =>
      ctx.write(() => {
        const source = getScenario(ctx, scenarioId);
        if (!source) throw notFound(THING.scenario, scenarioId);
        if (scenarioNameTaken(ctx, source.teamId, name, null)) {
          throw conflict(message('scenarioError.nameTaken', { name }));
        }
        const id = ctx.newId();
        insertScenario(ctx, { id, teamId: source.teamId, name, isMain: false });
        const newIds = new Map<string, string>();
        listFunctions(ctx, scenarioId).forEach((fn, position) => {
          const copyId = ctx.newId();
          newIds.set(fn.id, copyId);
          insertFunction(ctx, id, { ...fn, id: copyId }, position);
        });
        for (const a of assignments) {
          const functionId = newIds.get(a.functionId);
          if (!functionId) throw notFound(THING.function, a.functionId);
          if (!professionalExists(ctx, a.professionalId)) throw notFound(THING.professional, a.professionalId);
          upsertAssignment(ctx, { ...a, functionId });
        }
        touchTeam(ctx, source.teamId);
        return getScenario(ctx, id)!;
      }),
  };
}
