import { observer } from 'mobx-react-lite';
import { useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { adoptScenarioCommand, duplicateScenarioCommand, renameScenarioCommand } from './scenarioCommands.js';
import { ConfirmAction } from '../ui/ConfirmAction.js';
import { ScenarioCompare } from './ScenarioCompare.js';
import { useT } from '../i18n/useT.js';
import { removeScenario } from '../app/removals.js';
import { useStores } from '../app/StoreContext.js';
import { useFocusRequest } from '../app/focusRequest.js';
import { message } from '../../shared/i18n/message.js';
import type { Command } from '../app/UndoStack.js';
import { NameField } from '../ui/NameField.js';
import { scenarioNameProblem } from './scenarioNameProblem.js';

/** Variants of the open team: duplicate as a named scenario, open, compare two, adopt one as the main plan. */
export const ScenariosScreen = observer(function ScenariosScreen() {
  const root = useStores();
  const { plan, teams } = root;
  const t = useT();
  const view = plan.view;
  const [name, setName] = useState('');
  const [newName, setNewName] = useState('');
  // One name is saved at a time: a second Enter while the first is saving would ask again.
  const saving = useRef(false);
  // A refused name takes the user back to its field, where the reason is read with it.
  const nameInput = useRef<HTMLInputElement>(null);
  const newNameInput = useRef<HTMLInputElement>(null);
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
  // A name another scenario of the team has (upper or lower case, spaces around it) is said
  // in its field while typing, by the store's rule; the field keeps it to be corrected.
  const nameProblem = scenarioNameProblem(t, name, scenarios, null);
  const newNameProblem = scenarioNameProblem(t, newName, scenarios, view.scenarioId);
  // A typed name stays until the store has saved it, so a refused one ("Plan B" is taken) can be
  // corrected; then the field empties, which disables its button under the focus: the row takes it.
  const saveName = async (command: Command, clear: () => void, row: () => string | null) => {
    if (saving.current) return;
    saving.current = true;
    const saved = await root.execute(command);
    saving.current = false;
    if (!saved) return;
    clear();
    const scenarioId = row();
    if (scenarioId) root.ui.requestFocus({ kind: 'scenario', scenarioId });
  };
  const duplicate = () => {
    if (nameProblem) return nameInput.current?.focus();
    if (!name.trim()) return;
    let createdId: string | null = null;
    const onCreated = (id: string) => void (createdId = id);
    const command = duplicateScenarioCommand(root, view.scenarioId, name.trim(), { onCreated });
    void saveName(
      command,
      () => setName(''),
      () => createdId,
    );
  };
  const rename = () => {
    if (newNameProblem) return newNameInput.current?.focus();
    if (!newName.trim()) return;
    const scenarioId = view.scenarioId;
    void saveName(
      renameScenarioCommand(root, scenarioId, newName.trim()),
      () => setNewName(''),
      () => scenarioId,
    );
  };
  // "Openen" is gone once the scenario is open: its row takes the focus.
  const open = (id: string) =>
    void root.openScenario(id).then(() => {
      if (root.plan.view?.scenarioId === id) root.ui.requestFocus({ kind: 'scenario', scenarioId: id });
    });
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
                      <Button className="button button-small" onPress={() => open(s.id)}>
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
          <NameField
            label={t('scenarios.duplicateName', { name: openName })}
            value={name}
            onChange={setName}
            problem={nameProblem}
            testId="scenario-name"
            inputRef={nameInput}
          />
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
            rename();
          }}
        >
          <NameField
            label={t('scenarios.renameLabel', { name: openName })}
            value={newName}
            onChange={setNewName}
            problem={newNameProblem}
            testId="scenario-rename"
            inputRef={newNameInput}
          />
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
