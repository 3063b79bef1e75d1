import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT.js';

/**
 * "Verwijderen" at the end of a row of an editor's table (a requirement, a vakkennis
 * row, a person's expertise). Its accessible name says which row, because a screen reader
 * user hears many of them in a row.
 */
export function RemoveRowButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  const t = useT();
  return (
    <Button className="button-link" aria-label={label} onPress={onRemove}>
      {t('common.remove')}
    </Button>
  );
}
