import { describe, expect, it } from 'vitest';
import { BUILT_IN_FUNCTIONS } from '../../../shared/catalogue/functions.js';
import type { ApiClient } from '../../../renderer/api/ApiClient.js';
import { CatalogueStore } from '../../../renderer/catalogue/CatalogueStore.js';

function catalogueStore(): CatalogueStore {
  // Only `set` is used here: the store's own loading is covered by the harness tests.
  const store = new CatalogueStore({} as ApiClient);
  store.set({
    competencies: [],
    functionTemplates: BUILT_IN_FUNCTIONS.map((f) => ({
      ...f,
      requirements: f.requirements.map((r) => ({ ...r })),
      expertise: [...f.expertise],
      lifeDomains: [...f.lifeDomains],
    })),
    teamRoles: [],
  });
  return store;
}

describe('function names in the UI language', () => {
  const store = catalogueStore();
  const access = BUILT_IN_FUNCTIONS.find((f) => f.key === 'access')!;

  it('shows a catalogue function under its English name in the English UI, and as stored in Dutch', () => {
    const fn = { name: access.name.nl, templateKey: 'access' };
    expect(store.functionName(fn, 'en')).toBe('Access point / front office');
    expect(store.functionName(fn, 'nl')).toBe('Toegang / frontoffice');
  });

  it('keeps a renamed function, an own function and one whose template is gone as the user wrote them', () => {
    expect(store.functionName({ name: 'Toegang Oost', templateKey: 'access' }, 'en')).toBe('Toegang Oost');
    expect(store.functionName({ name: 'Buurtkamer', templateKey: null }, 'en')).toBe('Buurtkamer');
    expect(store.functionName({ name: 'Iets ouds', templateKey: 'verdwenen' }, 'en')).toBe('Iets ouds');
  });
});
