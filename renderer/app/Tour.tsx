import { observer } from 'mobx-react-lite';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { message, type MessageParams } from '../../shared/i18n/message.js';
import { REQUIREMENT_STATUS_KEY } from '../../shared/i18n/vocabulary.js';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';
import type { Screen } from './UiStore.js';

// The status words in the tour are the board's own, so the tour teaches the words the user will see.
const STATUS_WORDS: MessageParams = {
  covered: message(REQUIREMENT_STATUS_KEY.covered),
  thin: message(REQUIREMENT_STATUS_KEY.thin),
  partial: message(REQUIREMENT_STATUS_KEY.partial),
  missing: message(REQUIREMENT_STATUS_KEY.missing),
};

const STEPS: { title: MessageKey; body: MessageKey; params?: MessageParams; screen: Screen }[] = [
  { title: 'tour.1.title', body: 'tour.1.body', screen: 'board' },
  { title: 'tour.2.title', body: 'tour.2.body', screen: 'design' },
  { title: 'tour.3.title', body: 'tour.3.body', screen: 'board' },
  { title: 'tour.4.title', body: 'tour.4.body', params: STATUS_WORDS, screen: 'board' },
  { title: 'tour.5.title', body: 'tour.5.body', screen: 'scenarios' },
];

/** First-run tour over the sample "Voorbeeldwijk": each step opens the screen it talks about. */
export const Tour = observer(function Tour() {
  const { ui } = useStores();
  const t = useT();
  const step = STEPS[ui.tourStep] ?? STEPS[0]!;
  const last = ui.tourStep >= STEPS.length - 1;
  const go = (index: number) => {
    ui.setTourStep(index);
    ui.show(STEPS[index]!.screen);
  };
  const skip = () => {
    ui.closeTour();
    focusContentAfterClose(false);
  };
  // "Aan de slag": to work, on the board, with focus at the start of its content.
  const done = () => {
    ui.show('board');
    ui.closeTour();
    focusContentAfterClose(true);
  };
  return (
    <ModalOverlay
      className="modal-overlay modal-overlay-light"
      isOpen={ui.tourOpen}
      isDismissable
      onOpenChange={(open) => !open && skip()}
    >
      <Modal className="modal tour">
        <Dialog className="dialog" data-testid="tour">
          <p className="muted">{t('tour.progress', { step: ui.tourStep + 1, total: STEPS.length })}</p>
          <Heading slot="title">{t(step.title)}</Heading>
          <p>{t(step.body, step.params)}</p>
          <div className="dialog-actions">
            <Button className="button button-quiet" onPress={skip} data-testid="tour-close">
              {t('tour.skip')}
            </Button>
            {ui.tourStep > 0 && (
              <Button className="button" onPress={() => go(ui.tourStep - 1)}>
                {t('tour.back')}
              </Button>
            )}
            <Button
              className="button button-primary"
              onPress={() => (last ? done() : go(ui.tourStep + 1))}
              data-testid={last ? 'tour-done' : 'tour-next'}
            >
              {last ? t('tour.done') : t('tour.next')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
});

/**
 * After the tour closes, keyboard focus goes to the screen's content (`<main>`) instead of
 * falling to the page body. On the first run nothing had focus before the tour, so
 * react-aria has nothing to give it back to; when "Rondleiding" opened it, skipping gives
 * focus back to that button (react-aria, in the frame after the close, which this waits
 * for), while "Aan de slag" (`always`) takes the user to the board's content.
 */
function focusContentAfterClose(always: boolean): void {
  const focusMain = () => {
    if (always || document.activeElement === document.body)
      document.getElementById('main')?.focus({ preventScroll: true });
  };
  // The modal unmounts before the next frame; react-aria gives focus back in that frame.
  requestAnimationFrame(() => (always ? focusMain() : requestAnimationFrame(focusMain)));
}
