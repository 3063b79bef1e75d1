import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { ExchangeOutcome } from './ExchangeOutcome.js';
import { ExchangeProgressLine } from './BulkChoices.js';

/**
 * Team plan files in and out: one team or all teams out; files in, with every conflict
 * (the team is already here) shown and decided by the user, never overwritten silently.
 * While an export runs its buttons are `aria-disabled`, as HR's exports: `disabled` dropped
 * the keyboard focus to the page body (ExchangeStore ignores a press meanwhile), and the
 * message that says what happened is read out from its status region. An export of all
 * teams says that it runs and how far it is (one `plan.export` per team: 203 take seconds).
 */
export const ExchangePanel = observer(function ExchangePanel() {
  const { exchange, teams, hr } = useStores();
  const t = useT();
  const [teamId, setTeamId] = useState('');
  const chosen = teamId || teams.teams[0]?.id || '';
  const onFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const files = await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text() })));
    await exchange.importFiles(files);
  };
  return (
    <section className="panel exchange" aria-labelledby="exchange-title" data-testid="exchange-panel">
      <h2 id="exchange-title">{t('exchange.title')}</h2>
      <p className="muted">{t('exchange.intro')}</p>
      <div className="exchange-actions">
        <label className="field">
          <span>{t('exchange.team')}</span>
          <select value={chosen} onChange={(e) => setTeamId(e.target.value)} data-testid="exchange-team">
            {teams.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!chosen}
          aria-disabled={exchange.busy}
          onClick={() => void exchange.exportTeam(chosen, hr.today)}
          data-testid="exchange-export-team"
        >
          {t('exchange.exportTeam')}
        </button>
        <button
          type="button"
          className="button"
          disabled={teams.teams.length === 0}
          aria-disabled={exchange.busy}
          onClick={() => void exchange.exportAll(hr.today)}
          data-testid="exchange-export-all"
        >
          {t('exchange.exportAll')}
        </button>
        <label className="button button-primary file-button">
          {t('exchange.import')}
          <input
            type="file"
            accept=".json,application/json"
            multiple
            className="visually-hidden"
            data-testid="exchange-import"
            onChange={(e) => {
              const input = e.currentTarget;
              void onFiles(input.files).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      {exchange.progress?.work === 'export' && <ExchangeProgressLine />}
      <ExchangeOutcome />
    </section>
  );
});
