import { observer } from 'mobx-react-lite';
import { useRef } from 'react';
import { PlainButton } from '../ui/PlainButton.js';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';
import { useFocusRequest } from './focusRequest.js';

/**
 * Undo and redo. Their names (aria-label) say what they would undo or redo. Where the
 * header is narrow (below 1440 px, app.css) they show only their arrow, and the name
 * appears under them while the pointer is on them or the keyboard focus comes to them.
 */
export const UndoRedoButtons = observer(function UndoRedoButtons() {
  const { undo, ui } = useStores();
  const t = useT();
  // Undoing the last step disables undo under the focus: it goes on to redo, once enabled.
  const redoButton = useRef<HTMLButtonElement>(null);
  useFocusRequest((target) => (target.kind === 'redo' && !undo.canUndo ? redoButton.current : null));
  const undoOne = () => {
    if (undo.done.length !== 1) return void undo.undo();
    const target = { kind: 'redo' } as const;
    ui.requestFocus(target);
    void undo.undo().then((undone) => {
      if (!undone && ui.focusRequest === target) ui.focusTaken();
    });
  };
  const undoLabel = undo.nextUndo ? t('undo.undoWhat', { what: undo.nextUndo }) : t('undo.undo');
  const redoLabel = undo.nextRedo ? t('undo.redoWhat', { what: undo.nextRedo }) : t('undo.redo');
  return (
    <div className="undo-redo" role="group" aria-label={t('undo.group')}>
      <PlainButton
        className="button button-quiet undo-button"
        isDisabled={!undo.canUndo}
        onPress={undoOne}
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
        ref={redoButton}
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
