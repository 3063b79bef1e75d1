import { observer } from 'mobx-react-lite';
import { PlainButton } from '../ui/PlainButton.js';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';

export const UndoRedoButtons = observer(function UndoRedoButtons() {
  const { undo } = useStores();
  const t = useT();
  const undoLabel = undo.nextUndo ? t('undo.undoWhat', { what: undo.nextUndo }) : t('undo.undo');
  const redoLabel = undo.nextRedo ? t('undo.redoWhat', { what: undo.nextRedo }) : t('undo.redo');
  return (
    <div className="undo-redo" role="group" aria-label={t('undo.group')}>
      <PlainButton
        className="button button-quiet"
        isDisabled={!undo.canUndo}
        onPress={() => void undo.undo()}
        aria-label={undoLabel}
        data-testid="undo"
      >
        <span aria-hidden="true">↶</span> {t('undo.undo')}
      </PlainButton>
      <PlainButton
        className="button button-quiet"
        isDisabled={!undo.canRedo}
        onPress={() => void undo.redo()}
        aria-label={redoLabel}
        data-testid="redo"
      >
        <span aria-hidden="true">↷</span> {t('undo.redo')}
      </PlainButton>
    </div>
  );
});
