import { observer } from 'mobx-react-lite';
import { PlainButton } from '../ui/PlainButton.js';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';

/**
 * Undo and redo. Their names (aria-label) say what they would undo or redo. Where the
 * header is narrow (below 1440 px, app.css) they show only their arrow, and the name
 * appears under them while the pointer is on them or the keyboard focus comes to them.
 */
export const UndoRedoButtons = observer(function UndoRedoButtons() {
  const { undo } = useStores();
  const t = useT();
  const undoLabel = undo.nextUndo ? t('undo.undoWhat', { what: undo.nextUndo }) : t('undo.undo');
  const redoLabel = undo.nextRedo ? t('undo.redoWhat', { what: undo.nextRedo }) : t('undo.redo');
  return (
    <div className="undo-redo" role="group" aria-label={t('undo.group')}>
      <PlainButton
        className="button button-quiet undo-button"
        isDisabled={!undo.canUndo}
        onPress={() => void undo.undo()}
        aria-label={undoLabel}
        data-testid="undo"
      >
        <span className="undo-icon" aria-hidden="true">
          ↶
        </span>{' '}
        <span className="undo-text">{t('undo.undo')}</span>
        <span className="undo-tip" aria-hidden="true">
          {undoLabel}
        </span>
      </PlainButton>
      <PlainButton
        className="button button-quiet undo-button"
        isDisabled={!undo.canRedo}
        onPress={() => void undo.redo()}
        aria-label={redoLabel}
        data-testid="redo"
      >
        <span className="undo-icon" aria-hidden="true">
          ↷
        </span>{' '}
        <span className="undo-text">{t('undo.redo')}</span>
        <span className="undo-tip" aria-hidden="true">
          {redoLabel}
        </span>
      </PlainButton>
    </div>
  );
});
