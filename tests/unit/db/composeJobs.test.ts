import { describe, expect, it } from 'vitest';
import { ComposeJobs } from '../../../db/service/composeJobs.js';
import { message } from '../../../shared/i18n/message.js';

/** The in-memory registry of compose jobs, on a clock the test moves. */
describe('ComposeJobs', () => {
  it('keeps a cancelled job cancelled, even when the solver answers afterwards', () => {
    let now = 0;
    const jobs = new ComposeJobs(() => now);
    const job = jobs.add('j1', 's1');
    expect(jobs.runningFor('s1')).toBe(job);
    now = 1500;
    jobs.setStage(job, 'coverage');
    expect(jobs.poll(job)).toEqual({ state: 'running', elapsedMs: 1500, stage: 'coverage' });
    jobs.cancel(job);
    expect(job.controller.signal.aborted).toBe(true);
    jobs.finish(job, { state: 'failed', error: message('composeUi.error.failed') });
    expect(jobs.poll(job)).toEqual({ state: 'cancelled', elapsedMs: 1500 });
    expect(jobs.runningFor('s1')).toBeUndefined();
  });

  it('stops every running job when the store closes, and forgets finished jobs after ten minutes', () => {
    let now = 0;
    const jobs = new ComposeJobs(() => now);
    const a = jobs.add('a', 's1');
    const b = jobs.add('b', 's2');
    jobs.cancelAll();
    expect([a.controller.signal.aborted, b.controller.signal.aborted]).toEqual([true, true]);
    now = 10 * 60 * 1000;
    expect(jobs.get('a')).toBe(a);
    now = 10 * 60 * 1000 + 1;
    expect(jobs.get('a')).toBeUndefined();
    expect(jobs.get('b')).toBeUndefined();
  });
});
