import { observer } from 'mobx-react-lite';
import { useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { blankFunction } from '../../shared/catalogue/functionFromTemplate.js';
import { functionWithSameName } from '../../shared/catalogue/functionNameTaken.js';
import { nameProblem } from '../../shared/domain/nameRule.js';
import type { TeamFunction } from '../../shared/domain/schemas.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import { NameField } from '../ui/NameField.js';
import { createFunctionCommand } from './functionCommands.js';
import { focusFunction } from './focusFunction.js';

/**
 * Adds a function of the team's own. A name another function of this scenario already
 * reads is refused at the field while typing, by the store's own rule
 * (`functionWithSameName`, the same message): the scenario comparison matches functions
 * by name. An empty name is said after "Functie toevoegen".
 */
export const NewFunctionForm = observer(function NewFunctionForm({
  scenarioId,
  functions,
}: {
  scenarioId: string;
  functions: readonly TeamFunction[];
}) {
  const root = useStores();
  const t = useT();
  const [name, setName] = useState('');
  const [asked, setAsked] = useState(false);
  const adding = useRef(false);
  const typed = name.trim();
  const same = typed
    ? functionWithSameName({ id: '', name: typed, templateKey: null }, functions, root.catalogue.templateNames)
    : undefined;
  const basic = nameProblem(typed);
  const problem = basic ? t(basic) : same ? t('functionError.nameTaken', { name: typed }) : null;
  return (
    <Form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        setAsked(true);
        if (problem || adding.current) return;
        // The typed name stays until the function is saved; then the new function's name
        // takes the focus (focusFunction), so it never falls to the page.
        adding.current = true;
        const command = createFunctionCommand(root, scenarioId, blankFunction(typed, 8), focusFunction(root.ui));
        void root.execute(command).then((saved) => {
          adding.current = false;
          if (!saved) return;
          setName('');
          setAsked(false);
        });
      }}
    >
      <NameField
        label={t('functions.newName')}
        value={name}
        onChange={setName}
        problem={typed || asked ? problem : null}
        testId="new-function-name"
      />
      <Button className="button" type="submit" data-testid="add-function">
        {t('functions.add')}
      </Button>
    </Form>
  );
});
