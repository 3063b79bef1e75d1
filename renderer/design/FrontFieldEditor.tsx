import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { FRONT_FIELD_KINDS, FRONT_FIELD_KIND_INFO } from '../../shared/catalogue/teamDesign.js';
import { hu2014, movisie2017 } from '../../shared/catalogue/sources.js';
import type { Team } from '../../shared/domain/schemas.js';
import { updateTeamCommand } from './teamCommands.js';
import { listEdits } from '../app/listEdits.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { CommitField } from './CommitField.js';
import { SourceLine } from './SourceLine.js';

type Partner = Team['frontField'][number];
type Kind = Partner['kind'];

/**
 * The voorliggend veld: partners that refer residents TO the team, each with its referral
 * route. Kept apart from the schil (the specialists the team refers to), which lives with
 * the shell functions.
 */
export const FrontFieldEditor = observer(function FrontFieldEditor({ team }: { team: Team }) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const [draft, setDraft] = useState('');
  const { save, change, changeField } = listEdits(root, team.frontField, (frontField) =>
    updateTeamCommand(root, team.id, { frontField }),
  );
  const kinds = FRONT_FIELD_KINDS.map((k) => ({ id: k, label: FRONT_FIELD_KIND_INFO[k].name[lang] }));
  return (
    <fieldset className="front-field" data-testid="front-field">
      <legend>
        <h2 className="legend-heading">{t('designScreen.frontField.title')}</h2>
      </legend>
      <FrontFieldExplain team={team} />
      {team.frontField.length === 0 ? (
        <p className="muted">{t('designScreen.frontField.empty')}</p>
      ) : (
        <p className="muted" data-testid="front-field-own-kinds">
          {t('designScreen.frontField.ownKinds')}
        </p>
      )}
      {team.frontField.length > 0 && (
        <ul className="editor-rows">
          {team.frontField.map((partner, index) => (
            <li key={`${index}:${partner.name}`} className="editor-row" data-partner={partner.name}>
              <CommitField
                label={t('designScreen.frontField.name')}
                value={partner.name}
                onCommit={(name) => name.trim() && changeField(index, { name: name.trim() })}
              />
              <SelectField
                label={t('designScreen.frontField.kind')}
                options={kinds}
                value={partner.kind}
                onChange={(kind) => change(index, { kind: kind as Kind })}
              />
              <CommitField
                label={t('designScreen.frontField.route')}
                value={partner.referralRoute}
                onCommit={(referralRoute) => changeField(index, { referralRoute })}
                multiline
                testId="partner-route"
              />
              <Button
                className="button button-small button-quiet"
                onPress={() => save(team.frontField.filter((_, i) => i !== index))}
                aria-label={t('designScreen.removeNamed', { name: partner.name })}
              >
                {t('designScreen.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Form
        className="inline-add"
        onSubmit={(event) => {
          event.preventDefault();
          const name = draft.trim();
          if (name === '') return;
          save([...team.frontField, { name, kind: 'firstLine', referralRoute: '' }]);
          setDraft('');
        }}
      >
        <TextField className="field" value={draft} onChange={setDraft}>
          <Label>{t('designScreen.frontField.newName')}</Label>
          <Input data-testid="partner-new-name" />
        </TextField>
        <Button
          className="button button-small"
          type="submit"
          isDisabled={draft.trim() === ''}
          data-testid="partner-add"
        >
          {t('designScreen.frontField.add')}
        </Button>
      </Form>
    </fieldset>
  );
});

/**
 * What the voorliggend veld is, worded for the team's model: its own observer, so choosing
 * a model renders these lines again and not the partners' rows.
 */
const FrontFieldExplain = observer(function FrontFieldExplain({ team }: { team: Team }) {
  const t = useT();
  return (
    <>
      {/* Each side has its own source: the voorliggend veld comes from Integraal werken in de wijk
          (2017), which describes the referral route for model A2 only, so other models get the
          planner's own plain explanation; the schil comes from De Waal e.a. ("hoe ver?"). */}
      {team.model === 'A2' ? (
        <p className="muted">
          {t('designScreen.frontField.explain')} <SourceLine source={movisie2017('a2')} />
        </p>
      ) : (
        <p className="muted">{t('designScreen.frontField.explainOther')}</p>
      )}
      <p className="muted">
        {t('designScreen.frontField.notShell')} <SourceLine source={hu2014('designQuestions')} />
      </p>
      {team.model === 'A2' && (
        <p className="muted">
          {t('designScreen.frontField.a2')} <SourceLine source={movisie2017('a2')} />
        </p>
      )}
    </>
  );
});
