import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  TextField,
} from 'react-aria-components';
import { TEAM_MODELS, TEAM_MODEL_INFO, type TeamModel } from '../../shared/catalogue/teamDesign.js';
import { defaultDesign } from './defaultDesign.js';
import { createTeamCommand } from './teamCommands.js';
import { useT } from '../i18n/useT.js';
import { newTeamTemplates } from './proposeFunctions.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { SourceLine } from './SourceLine.js';
import { NameField } from '../ui/NameField.js';
import { teamNameProblem } from './teamNameProblem.js';

/**
 * Creates a team: name, area and model (with what the sources say it is); the functions
 * the model suggests are added at once.
 */
export const NewTeamDialog = observer(function NewTeamDialog() {
  const root = useStores();
  const t = useT();
  const [name, setName] = useState('');
  const [area, setArea] = useState('');
  const [model, setModel] = useState<TeamModel>('A1');
  // An empty name is said after "Team maken" (not on opening); a name taken while typing.
  const [asked, setAsked] = useState(false);
  const problem = teamNameProblem(t, name, root.teams.teams, null);
  const shownProblem = name.trim() || asked ? problem : null;
  return (
    <DialogTrigger
      isOpen={root.ui.newTeamOpen}
      onOpenChange={(open) => {
        root.ui.setNewTeamOpen(open);
        if (!open) setAsked(false);
      }}
    >
      <Button className="button button-primary" data-testid="new-team">
        {t('header.newTeam')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" data-testid="new-team-dialog">
            {({ close }) => (
              <Form
                onSubmit={(event) => {
                  event.preventDefault();
                  setAsked(true);
                  if (problem) return;
                  const fields = { name: name.trim(), area: area.trim(), ...defaultDesign(model) };
                  const templates = newTeamTemplates(fields, root.catalogue.catalogue.functionTemplates);
                  close();
                  // Made and opened: the keyboard goes on on its design screen, not on "Nieuw team".
                  void root
                    .execute(
                      createTeamCommand(root, fields, templates, async (scenarioId) => {
                        await root.openScenario(scenarioId, { keepHistory: true });
                        root.ui.show('design');
                      }),
                    )
                    .then((made) => made && root.ui.requestFocus({ kind: 'teamDesign' }));
                  setName('');
                  setArea('');
                  setAsked(false);
                }}
              >
                <Heading slot="title">{t('newTeam.title')}</Heading>
                <p className="muted">{t('newTeam.intro')}</p>
                <NameField
                  label={t('design.name')}
                  value={name}
                  onChange={setName}
                  problem={shownProblem}
                  testId="new-team-name"
                  autoFocus
                />
                <TextField className="field" value={area} onChange={setArea}>
                  <Label>{t('design.area')}</Label>
                  <Input />
                </TextField>
                <SelectField
                  label={t('design.model')}
                  value={model}
                  options={TEAM_MODELS.map((m) => ({ id: m, label: TEAM_MODEL_INFO[m].name[root.ui.lang] }))}
                  onChange={(id) => setModel(id as TeamModel)}
                />
                <p className="muted" data-testid="new-team-model-summary">
                  {TEAM_MODEL_INFO[model].summary.text[root.ui.lang]}{' '}
                  <SourceLine source={TEAM_MODEL_INFO[model].summary.source} />
                </p>
                <div className="dialog-actions">
                  <Button className="button" onPress={close}>
                    {t('common.cancel')}
                  </Button>
                  <Button className="button button-primary" type="submit" data-testid="new-team-create">
                    {t('newTeam.create')}
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
});
