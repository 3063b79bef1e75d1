import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import { NameField } from '../ui/NameField.js';
import { teamNameProblem } from './teamNameProblem.js';

/**
 * The open team's name on its design screen, saved when the field is left. An empty name
 * or another team's name is not saved: the field keeps what is typed and says why. Give it
 * a `key` of the stored name, so it starts again from it after a save or an undo.
 */
export const TeamNameField = observer(function TeamNameField({
  id,
  name,
  onSave,
}: {
  id: string;
  name: string;
  onSave: (name: string) => void;
}) {
  const root = useStores();
  const t = useT();
  const [text, setText] = useState(name);
  const problem = teamNameProblem(t, text, root.teams.teams, id);
  return (
    <NameField
      label={t('design.name')}
      value={text}
      onChange={setText}
      onBlur={() => {
        if (!problem && text.trim() !== name) onSave(text.trim());
      }}
      problem={problem}
      testId="team-name"
    />
  );
});
