import { observer } from 'mobx-react-lite';
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { nameKey, withSameName } from '../../shared/domain/sameName.js';
import { nameProblem } from '../../shared/domain/nameRule.js';
import { useFocusRequest } from '../app/focusRequest.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import { NameField } from '../ui/NameField.js';
import { useSamePersonWarning } from './samePersonWarning.js';

/**
 * A professional's name, saved when the field is left. An empty name is not saved and
 * the field says so and keeps what is typed; a name another person already has is saved
 * only after the warning's "Naam toch wijzigen", since two people can share a name.
 * Give it a `key` of the stored name: after a save or an undo it starts again from it.
 */
export const PersonNameField = observer(function PersonNameField({
  id,
  name,
  onSave,
}: {
  id: string;
  name: string;
  onSave: (name: string) => void;
}) {
  const { professionals } = useStores();
  const t = useT();
  const samePersonWarning = useSamePersonWarning();
  const [text, setText] = useState(name);
  const [warnedKey, setWarnedKey] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useFocusRequest((target) =>
    target.kind === 'newProfessional' && target.professionalId === id ? input.current : null,
  );
  const typed = text.trim();
  const basic = nameProblem(typed);
  const same = typed && typed !== name ? withSameName(typed, professionals.list, id) : undefined;
  const warned = same !== undefined && warnedKey === nameKey(typed);
  return (
    <div className="person-name">
      <NameField
        label={t('professionals.name')}
        value={text}
        onChange={setText}
        onBlur={() => {
          if (basic || typed === name) return;
          if (same) setWarnedKey(nameKey(typed));
          else onSave(typed);
        }}
        problem={basic ? t(basic) : null}
        warning={warned ? samePersonWarning(same, 'professionals.sameNameRename') : null}
        testId="professional-name"
        inputRef={input}
      />
      {warned && (
        <Button className="button button-small" onPress={() => onSave(typed)}>
          {t('professionals.renameAnyway')}
        </Button>
      )}
    </div>
  );
});
