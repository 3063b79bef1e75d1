import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { LIFE_DOMAINS, LIFE_DOMAIN_INFO, type LifeDomain } from '../../shared/catalogue/lifeDomains.js';
import type { Team } from '../../shared/domain/schemas.js';
import { updateTeamCommand } from './teamCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

/**
 * The team's target groups (in the user's own words) and the terrains on which it is
 * mandated to decide directly. The terrains use the planner's own list of life domains,
 * since the sources name "alle levensgebieden" but give no list; the label says so.
 */
export const FocusEditor = observer(function FocusEditor({ team }: { team: Team }) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const [draft, setDraft] = useState('');
  const save = (patch: Pick<Partial<Team>, 'targetGroups' | 'mandate'>) =>
    void root.execute(updateTeamCommand(root, team.id, patch));
  return (
    <fieldset className="focus" data-testid="focus">
      <legend>
        <h2 className="legend-heading">{t('designScreen.focus.title')}</h2>
      </legend>
      <h3>{t('designScreen.targetGroups.label')}</h3>
      {team.targetGroups.length === 0 ? (
        <p className="muted">{t('designScreen.targetGroups.empty')}</p>
      ) : (
        <ul className="chips" data-testid="target-groups">
          {team.targetGroups.map((name) => (
            <li key={name} className="chip">
              {name}{' '}
              <Button
                className="button button-small button-quiet"
                onPress={() => save({ targetGroups: team.targetGroups.filter((g) => g !== name) })}
                aria-label={t('designScreen.removeNamed', { name })}
              >
                ×
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
          if (name === '' || team.targetGroups.includes(name)) return;
          save({ targetGroups: [...team.targetGroups, name] });
          setDraft('');
        }}
      >
        <TextField className="field" value={draft} onChange={setDraft}>
          <Label>{t('designScreen.targetGroups.new')}</Label>
          <Input data-testid="target-group-new" />
        </TextField>
        <Button className="button button-small" type="submit" isDisabled={draft.trim() === ''}>
          {t('designScreen.add')}
        </Button>
      </Form>
      <CheckboxGroup
        className="choice-group"
        value={[...team.mandate]}
        onChange={(values) => save({ mandate: LIFE_DOMAINS.filter((d) => values.includes(d)) as LifeDomain[] })}
        data-testid="mandate"
      >
        <Label className="group-label">{t('designScreen.mandate.label')}</Label>
        <Text slot="description" className="muted">
          {t('designScreen.mandate.ownList')}
        </Text>
        <div className="choices choices-inline">
          {LIFE_DOMAINS.map((d) => (
            <Checkbox key={d} value={d} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              {LIFE_DOMAIN_INFO[d].name[lang]}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
    </fieldset>
  );
});
