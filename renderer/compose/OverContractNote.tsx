import { Button } from 'react-aria-components';
import { listOf } from '../../shared/i18n/listOf.js';
import { useTranslator } from '../i18n/useT.js';

interface Props {
  /** The kept members over contract in the composition, by name (`overContractKept`). */
  names: readonly string[];
  onStartFresh: () => void;
}

/**
 * Beside a result composed with "Huidige leden houden": kept members are locked, so one
 * over contract stays so, and "Bewezen optimaal" speaks of the model, not of their hours.
 * The note names them and offers the run that may change them.
 */
export function OverContractNote({ names, onStartFresh }: Props) {
  const { t } = useTranslator();
  return (
    <div className="compose-over-contract" data-testid="compose-over-contract">
      <p>{t('composeUi.overContractKept', { count: names.length, names: listOf(names) })}</p>
      <p>{t('composeUi.overContractKept.advice')}</p>
      <Button className="button" onPress={onStartFresh} data-testid="compose-start-fresh">
        {t('composeUi.overContractKept.fresh')}
      </Button>
    </div>
  );
}
