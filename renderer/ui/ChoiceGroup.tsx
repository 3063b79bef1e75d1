import { Label, Radio, RadioGroup, Text } from 'react-aria-components';

interface Choice {
  id: string;
  label: string;
  description?: string;
}

interface Props {
  label: string;
  description?: string;
  choices: readonly Choice[];
  value: string;
  onChange: (id: string) => void;
  testId?: string;
}

/** A labelled radio group (react-aria): arrow keys move the choice, the group is one tab stop. */
export function ChoiceGroup({ label, description, choices, value, onChange, testId }: Props) {
  return (
    <RadioGroup className="choice-group" value={value} onChange={onChange} data-testid={testId}>
      <Label className="group-label">{label}</Label>
      {description && (
        <Text slot="description" className="muted">
          {description}
        </Text>
      )}
      <div className="choices">
        {choices.map((c) => (
          <Radio key={c.id} value={c.id} className="choice">
            <span className="choice-label">{c.label}</span>
            {c.description && <span className="choice-description">{c.description}</span>}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
