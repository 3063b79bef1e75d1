import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { containsSearch } from '../../shared/i18n/searchText.js';
import { useTranslator } from '../i18n/useT.js';
import type { DevelopmentStore } from './DevelopmentStore.js';

/** At most this many search matches are listed: a region's pool holds 20,000 people or more. */
const MATCHES_SHOWN = 30;

interface Props {
  store: DevelopmentStore;
  /** The whole pool, sorted by name. */
  people: readonly (readonly [id: string, name: string])[];
}

/**
 * "Niet meenemen": the people to leave out of the plan. A search field and a short list
 * of the people already left out plus the first matches, instead of one select with the
 * whole pool: at 1,000 teams that select held 22,000 options, which the HR screen built
 * on every visit and nobody could scroll through. A native multiple select, so the
 * keyboard and screen readers work as they do everywhere; choosing in the short list
 * keeps everyone left out who is not in it.
 */
export const ExcludePeoplePicker = observer(function ExcludePeoplePicker({ store, people }: Props) {
  const { t } = useTranslator();
  const [query, setQuery] = useState('');
  const excluded = new Set(store.excludedIds);
  // The app's one search rule: "celik" finds "Ëmine Çelik", as in the pool and the team picker.
  const needle = query.trim();
  const matches = needle ? people.filter(([id, name]) => !excluded.has(id) && containsSearch(name, needle)) : [];
  const listed = [...people.filter(([id]) => excluded.has(id)), ...matches.slice(0, MATCHES_SHOWN)];
  const listedIds = new Set(listed.map(([id]) => id));
  return (
    <fieldset className="field development-exclude">
      <legend>{t('development.form.exclude')}</legend>
      <input
        type="search"
        value={query}
        placeholder={t('development.form.excludeSearch')}
        aria-label={t('development.form.excludeSearch')}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="development-exclude-search"
      />
      {listed.length > 0 && (
        <select
          multiple
          size={Math.min(6, Math.max(2, listed.length))}
          aria-label={t('development.form.exclude')}
          value={store.excludedIds.filter((id) => listedIds.has(id))}
          onChange={(e) => {
            const chosen = [...e.target.selectedOptions].map((o) => o.value);
            store.setExcluded([...store.excludedIds.filter((id) => !listedIds.has(id)), ...chosen]);
          }}
          data-testid="development-exclude"
        >
          {listed.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      )}
      <span className="muted" data-testid="development-exclude-count">
        {needle && matches.length > MATCHES_SHOWN
          ? t('development.form.excludeMore', { shown: MATCHES_SHOWN, count: matches.length })
          : store.excludedIds.length > 0
            ? t('development.rules.excluded', { count: store.excludedIds.length })
            : ''}
      </span>
    </fieldset>
  );
});
