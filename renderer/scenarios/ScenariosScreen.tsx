import { observer } from 'mobx-react-lite';
import { useRef, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { adoptScenarioCommand, duplicateScenarioCommand, renameScenarioCommand } from './scenarioCommands.js';
import { ConfirmAction } from '../ui/ConfirmAction.js';
import { ScenarioCompare } from './ScenarioCompare.js';
import { useT } from '../i18n/useT.js';
import { removeScenario } from '../app/removals.js';
import { useStores } from '../app/StoreContext.js';
import { useFocusRequest } from '../app/focusRequest.js';
import { message } from '../../shared/i18n/message.js';

/** Variants of the open team: duplicate as a named scenario, open, compare two, adopt one as the main plan. */
export const ScenariosScreen = observer(function ScenariosScreen() {
  const root = useStores();
  const { plan, teams } = root;
  const t = useT();
  const view = plan.view;
  const [name, setName] = useState('');
  const [newName, setNewName] = useState('');
  // The row asked for takes the focus once it is on screen (its button may just have gone).
  const focusRow = useRef<HTMLTableCellElement>(null);
  const request = root.ui.focusRequest;
  const toFocus = request?.kind === 'scenario' ? request.scenarioId : null;
  useFocusRequest((target) => (target.kind === 'scenario' ? focusRow.current : null));
  if (!view) return null;
  const team = teams.byId.get(view.teamId);
  // From the team list, which a rename refreshes (the open plan keeps the name it was opened with).
  const openName = teams.scenarioById.get(view.scenarioId)?.name ?? view.scenarioName;
  const scenarios = team?.scenarios ?? [];
  const duplicate = () => {
    if (!name.trim()) return;
    void root.execute(duplicateScenarioCommand(root, view.scenarioId, name.trim()));
    setName('');
  };
  // The adopted scenario is opened too; the toast says so (a screen reader hears it) and its row takes the focus.
  const adopt = (id: string, scenarioName: string) =>
    void root.execute(adoptScenarioCommand(root, id, root.openInCommand)).then((saved) => {
      if (!saved) return;
      root.ui.notify('info', message('scenarios.adopted', { name: scenarioName }));
      root.ui.requestFocus({ kind: 'scenario', scenarioId: id });
    });
  return (
    <div className="screen scenarios" data-testid="scenarios-screen">
      <header className="screen-header">
        <h1>{t('scenarios.title', { team: team?.name ?? '' })}</h1>
        <p className="lead">{t('scenarios.intro')}</p>
      </header>
      <section aria-labelledby="sc-list-title">
        <h2 id="sc-list-title">{t('scenarios.list')}</h2>
        <table className="table" data-testid="scenario-table">
          <thead>
            <tr>
              <th scope="col">{t('scenarios.name')}</th>
              <th scope="col">{t('scenarios.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id} data-scenario={s.name}>
                <th scope="row" tabIndex={-1} ref={s.id === toFocus ? focusRow : undefined}>
                  {s.name}
                  {s.id === view.scenarioId && ' '}
                  {s.id === view.scenarioId && <span className="tag">{t('scenarios.open')}</span>}
                </th>
                <td>{s.isMain ? t('scenario.main') : t('scenarios.variant')}</td>
                <td>
                  <div className="actions">
                    {s.id !== view.scenarioId && (
                      <Button className="button button-small" onPress={() => void root.openScenario(s.id)}>
                        {t('scenarios.openAction')}
                      </Button>
                    )}
                    {!s.isMain && (
                      <Button
                        className="button button-small"
                        onPress={() => adopt(s.id, s.name)}
                        aria-label={t('scenarios.adoptLabel', { name: s.name })}
                      >
                        {t('scenarios.adopt')}
                      </Button>
                    )}
                    {!s.isMain && (
                      <ConfirmAction
                        trigger={t('scenarios.remove')}
                        triggerAriaLabel={t('scenarios.removeLabel', { name: s.name })}
                        title={t('scenarios.removeConfirmTitle', { name: s.name })}
                        body={t('scenarios.removeConfirmBody')}
                        confirmLabel={t('scenarios.remove')}
                        onConfirm={() => void removeScenario(root, s.id)}
                        testId="scenario-remove"
                      />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            duplicate();
          }}
        >
          <TextField className="field" value={name} onChange={setName}>
            <Label>{t('scenarios.duplicateName', { name: openName })}</Label>
            <Input data-testid="scenario-name" />
          </TextField>
          <Button
            className="button button-primary"
            type="submit"
            isDisabled={!name.trim()}
            data-testid="scenario-duplicate"
          >
            {t('scenarios.duplicate')}
          </Button>
        </Form>
        <Form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!newName.trim()) return;
            void root.execute(renameScenarioCommand(root, view.scenarioId, newName.trim()));
            setNewName('');
          }}
        >
          <TextField className="field" value={newName} onChange={setNewName}>
            <Label>{t('scenarios.renameLabel', { name: openName })}</Label>
            <Input data-testid="scenario-rename" />
          </TextField>
          <Button className="button" type="submit" isDisabled={!newName.trim()} data-testid="scenario-rename-submit">
            {t('scenarios.rename')}
          </Button>
        </Form>
      </section>
      {scenarios.length >= 2 ? (
        // A changed list (a scenario added, or removed by undo) starts the comparison afresh,
        // so neither side can point at a scenario that no longer exists.
        <ScenarioCompare key={scenarios.map((s) => s.id).join()} scenarios={scenarios} />
      ) : (
        <p className="empty-state">{t('scenarios.compareEmpty')}</p>
      )}
    </div>
  );
});
