import { observer } from 'mobx-react-lite';
import { createPortal } from 'react-dom';
import { useTranslator } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';

/**
 * The app's one polite voice for what an action did (`UiStore.announce`): undo, redo, an
 * edit saved, a scenario opened. Two visually hidden live regions take turns, the other
 * one emptied: a screen reader reads text that appears in a region, so the same words
 * twice in a row are read twice. In `<body>` as react-aria's top layer, like the toasts,
 * so an open modal does not hide it from screen readers.
 */
export function Announcer() {
  return createPortal(<AnnouncerRegions />, document.body);
}

const AnnouncerRegions = observer(function AnnouncerRegions() {
  const { ui } = useStores();
  const { render } = useTranslator();
  const said = ui.announcement;
  const text = said ? render(said.text) : '';
  const turn = (said?.count ?? 0) % 2;
  return (
    <div className="visually-hidden" data-react-aria-top-layer="" data-testid="announcer">
      <div aria-live="polite" aria-atomic="true">
        {turn === 0 ? text : ''}
      </div>
      <div aria-live="polite" aria-atomic="true">
        {turn === 1 ? text : ''}
      </div>
    </div>
  );
});
