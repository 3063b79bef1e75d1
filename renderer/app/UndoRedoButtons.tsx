import { observer } from 'mobx-react-lite';
import { useRef, type Ref } from 'react';
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
      <HistoryButton
        arrow="↶"
        text={t('undo.undo')}
        label={undoLabel}
        isDisabled={!undo.canUndo}
        onPress={undoOne}
        testId="undo"
      />
      <HistoryButton
        arrow="↷"
        text={t('undo.redo')}
        label={redoLabel}
        isDisabled={!undo.canRedo}
        onPress={() => void undo.redo()}
        testId="redo"
        buttonRef={redoButton}
      />
    </div>
  );
});

interface HistoryButtonProps {
  arrow: string;
  /** The word beside the arrow, hidden in a narrow header. */
  text: string;
  /** What the step would undo or redo: the button's name and its tooltip. */
  label: string;
  isDisabled: boolean;
  onPress: () => void;
  testId: string;
  buttonRef?: Ref<HTMLButtonElement>;
}

function HistoryButton({ arrow, text, label, isDisabled, onPress, testId, buttonRef }: HistoryButtonProps) {
  return (
    <PlainButton
      className="button button-quiet undo-button"
      isDisabled={isDisabled}
      ref={buttonRef}
      onPress={onPress}
      aria-label={label}
      data-testid={testId}
    >
      <span className="undo-icon" aria-hidden="true">
        {arrow}
      </span>{' '}
      <span className="undo-text">{text}</span>
      <span className="undo-tip" aria-hidden="true">
        {label}
      </span>
    </PlainButton>
  );
}
