import { observer } from 'mobx-react-lite';
import { Checkbox, CheckboxGroup, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { LIFE_DOMAINS, LIFE_DOMAIN_INFO, type LifeDomain } from '../../shared/catalogue/lifeDomains.js';
import type { Consultation, TeamFunction } from '../../shared/domain/schemas.js';
import { updateFunctionCommand } from './functionCommands.js';
import { editedInField } from '../app/UndoStack.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import './functionDetails.css';

type Update = (patch: Partial<Omit<TeamFunction, 'id'>>) => void;

/**
 * Where a function stands in the team's routes: the life domains it serves, and by its
 * placement either whom the team consults for it (a function in the schil) or how heavier
 * problems move on from it to the schil (an in-team function). Text fields save when left.
 */
export const FunctionRouteEditor = observer(function FunctionRouteEditor({ fn }: { fn: TeamFunction }) {
  const root = useStores();
  const update: Update = (patch) => void root.execute(updateFunctionCommand(root, fn.id, patch));
  // Typed in a field (who is consulted, the route on): the field says its value, the announcer
  // keeps quiet (UndoStack). Ticking a life domain is a choice and is still announced.
  const updateField: Update = (patch) => void root.execute(editedInField(updateFunctionCommand(root, fn.id, patch)));
  return (
    <div className="function-route" data-testid="function-route">
      <LifeDomainChoice value={fn.lifeDomains} onChange={(lifeDomains) => update({ lifeDomains })} />
      {fn.placement === 'shell' ? (
        <ConsultationEditor consultation={fn.consultation} update={updateField} />
      ) : (
        <EscalationField escalation={fn.escalation} update={updateField} />
      )}
    </div>
  );
});

/** The planner's own list of life domains as checkboxes, in the list's order whatever order they were ticked in. */
export function LifeDomainChoice({
  value,
  onChange,
  label,
}: {
  value: readonly LifeDomain[];
  onChange: (domains: LifeDomain[]) => void;
  label?: string;
}) {
  const t = useT();
  const { ui } = useStores();
  return (
    <CheckboxGroup
      className="choice-group"
      value={[...value]}
      onChange={(keys) => onChange(LIFE_DOMAINS.filter((d) => keys.includes(d)))}
    >
      <Label className="group-label">{label ?? t('edit.lifeDomains.label')}</Label>
      <Text slot="description" className="hint">
        {t('edit.lifeDomains.hint')}
      </Text>
      <div className="choices choices-inline">
        {LIFE_DOMAINS.map((d) => (
          <Checkbox key={d} value={d} className="checkbox">
            <span className="checkbox-box" aria-hidden="true" />
            {LIFE_DOMAIN_INFO[d].name[ui.lang]}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}

const NO_CONSULTATION: Consultation = { organisation: '', contact: '', arrangement: '', responseTime: '' };

/**
 * "Wie raadplegen we?": one record, saved as one edit when focus leaves the group (so undo
 * takes it back whole). It exists while it names an organisation; clearing that removes it.
 */
const ConsultationEditor = observer(function ConsultationEditor({
  consultation,
  update,
}: {
  consultation: Consultation | null;
  update: Update;
}) {
  const t = useT();
  const current = consultation ?? NO_CONSULTATION;
  const commit = (form: HTMLFieldSetElement) => {
    const read = (name: keyof Consultation) =>
      (form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)?.value ?? '').trim();
    const next: Consultation = {
      organisation: read('organisation'),
      contact: read('contact'),
      arrangement: read('arrangement'),
      responseTime: read('responseTime'),
    };
    if (next.organisation === '') {
      if (consultation) update({ consultation: null });
      return;
    }
    const same = (Object.keys(next) as (keyof Consultation)[]).every((k) => next[k] === current[k]);
    if (!same || !consultation) update({ consultation: next });
  };
  return (
    <fieldset
      className="consultation"
      data-testid="consultation"
      key={JSON.stringify(consultation)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) commit(e.currentTarget);
      }}
    >
      <legend>{t('edit.consultation.title')}</legend>
      <p className="hint">{t('edit.consultation.intro')}</p>
      <div className="form-grid">
        <ShortText
          name="organisation"
          label={t('edit.consultation.organisation')}
          description={t('edit.consultation.organisationHint')}
          value={current.organisation}
        />
        <ShortText name="contact" label={t('edit.consultation.contact')} value={current.contact} />
        <ShortText name="responseTime" label={t('edit.consultation.responseTime')} value={current.responseTime} />
      </div>
      <LongText name="arrangement" label={t('edit.consultation.arrangement')} value={current.arrangement} />
    </fieldset>
  );
});

function EscalationField({ escalation, update }: { escalation: string; update: Update }) {
  const t = useT();
  return (
    <LongText
      label={t('edit.escalation.label')}
      description={t('edit.escalation.hint')}
      value={escalation}
      testId="escalation"
      onCommit={(raw) => {
        const value = raw.trim();
        if (value !== escalation) update({ escalation: value });
      }}
    />
  );
}

interface TextProps {
  label: string;
  value: string;
  /** Saves the field on its own when it loses focus; without it, the field's group saves it. */
  onCommit?: (value: string) => void;
  name?: string;
  description?: string;
  testId?: string;
}

function ShortText({ label, value, name, description }: TextProps) {
  return (
    <TextField className="field" defaultValue={value} name={name} maxLength={200}>
      <Label>{label}</Label>
      <Input />
      {description && (
        <Text slot="description" className="hint">
          {description}
        </Text>
      )}
    </TextField>
  );
}

function LongText({ label, value, name, onCommit, description, testId }: TextProps) {
  return (
    <TextField
      className="field field-wide"
      defaultValue={value}
      key={value}
      name={name}
      maxLength={2000}
      data-testid={testId}
      onBlur={onCommit && ((e) => onCommit((e.target as unknown as HTMLTextAreaElement).value))}
    >
      <Label>{label}</Label>
      <TextArea rows={2} />
      {description && (
        <Text slot="description" className="hint">
          {description}
        </Text>
      )}
    </TextField>
  );
}
