import { afterEach, describe, expect, it } from 'vitest';
import type { ApiTransport } from '../../../shared/api/client.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { ApiError, Result } from '../../../shared/api/result.js';
import { messageSchema } from '../../../shared/i18n/messageSchema.js';
import { ApiCallError, ApiClient } from '../../../renderer/api/ApiClient.js';
import { en, nl } from '../../support/inLanguage.js';
import { openTestStore, personInput, sampleTeamInput, type TestStore } from './helpers.js';

/**
 * The store answers a failed call with a catalogue Message, never a finished sentence:
 * `{ code, text, details? }`, each detail `{ path, text }`. The renderer passes it on as it
 * came, and each language renders it.
 */
let store: TestStore;
afterEach(() => store?.close());

function expectMessagesOnly(error: ApiError): void {
  expect(Object.keys(error).sort()).toEqual(error.details ? ['code', 'details', 'text'] : ['code', 'text']);
  expect(messageSchema.safeParse(error.text).success).toBe(true);
  for (const detail of error.details ?? []) {
    expect(Object.keys(detail).sort()).toEqual(['path', 'text']);
    expect(messageSchema.safeParse(detail.text).success).toBe(true);
  }
  // Survives the trip over IPC or HTTP unchanged: plain data.
  expect(JSON.parse(JSON.stringify(error))).toEqual(error);
}

describe('store errors arrive as Messages (real SQLite)', () => {
  it('notFound names the thing and its id, in Dutch and in English', async () => {
    store = openTestStore({ seedSample: false });
    const error = await store.fail('teams.delete', { id: 'nergens' });
    expectMessagesOnly(error);
    expect(error).toEqual({
      code: 'notFound',
      text: { key: 'apiError.notFound', params: { thing: { key: 'thing.team' }, id: 'nergens' } },
    });
    expect(nl(error.text)).toBe(
      'Het team ‘nergens’ bestaat niet (meer). Vernieuw het overzicht en probeer het opnieuw.',
    );
    expect(en(error.text)).toBe('The team ‘nergens’ does not exist (anymore). Refresh the overview and try again.');
  });

  it('a reference error names the place and the offending value in every detail', async () => {
    store = openTestStore({ seedSample: false });
    const error = await store.fail('professionals.create', {
      ...personInput,
      ratings: { vliegen: 3, toveren: 2 },
    });
    expectMessagesOnly(error);
    expect(error.code).toBe('validation');
    expect(error.details!.map((d) => `${d.path}: ${nl(d.text)}`)).toEqual([
      'ratings.vliegen: onbekende competentie ‘vliegen’',
      'ratings.toveren: onbekende competentie ‘toveren’',
    ]);
    expect(en(error.text)).toBe('Invalid input at ratings.vliegen: unknown competency ‘vliegen’.');
  });

  it('a payload that breaks the contract is a validation Message per place', async () => {
    store = openTestStore({ seedSample: false });
    const error = await store.fail('teams.delete', { id: 42 });
    expectMessagesOnly(error);
    expect(error.details).toEqual([{ path: 'id', text: { key: 'validation.id' } }]);
    expect(nl(error.text)).toBe('Ongeldige invoer bij id: id moet 1 tot 64 tekens zonder spaties zijn.');
  });

  it("a conflict says what to do, with the user's own name filled in", async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', sampleTeamInput);
    const main = team.scenarios.find((s) => s.isMain)!;
    await store.call('scenarios.duplicate', { scenarioId: main.id, name: 'Variant B' });
    const error = await store.fail('scenarios.duplicate', { scenarioId: main.id, name: 'Variant B' });
    expectMessagesOnly(error);
    expect(error.code).toBe('conflict');
    expect(en(error.text)).toBe('This team already has a scenario named ‘Variant B’. Choose another name.');
    const mainGone = await store.fail('scenarios.delete', { scenarioId: main.id });
    expect(mainGone.text).toEqual({ key: 'scenarioError.mainCannotBeDeleted' });
  });

  it('a plan file with a dangling id is refused naming the id', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', sampleTeamInput);
    const plan = await store.call('plan.export', { scenarioId: team.scenarios[0]!.id, includePool: false });
    const error = await store.fail('plan.import', {
      plan: { ...plan, assignments: [{ professionalId: 'p1', functionId: 'f99', hours: 8 }] },
    });
    expectMessagesOnly(error);
    expect(error.details!.map((d) => `${d.path}: ${nl(d.text)}`)).toContain(
      'assignments[0].functionId: verwijst naar een onbekende functie ‘f99’',
    );
  });

  it('reaches the renderer as the same Message, passed through by the ApiClient', async () => {
    store = openTestStore({ seedSample: false });
    const transport = ((method: string, input: unknown) =>
      dispatch(store.handlers, method, input) as Promise<Result<unknown>>) as ApiTransport;
    const client = new ApiClient(transport);
    const failure = await client.call('teams.delete', { id: 'nergens' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect((failure as ApiCallError).code).toBe('notFound');
    expect((failure as ApiCallError).text).toEqual(
      await store.fail('teams.delete', { id: 'nergens' }).then((e) => e.text),
    );
  });
});
