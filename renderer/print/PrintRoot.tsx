import { observer } from 'mobx-react-lite';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useStores } from '../app/StoreContext.js';
import { PrintView } from './PrintView.js';

/**
 * Where the print layout lives for printing from any screen (menu Print and Print to
 * PDF, Ctrl+P, the browser's print). Rendered only while printing - Chromium fires
 * `beforeprint` before it lays the page out for paper, and flushSync commits the
 * document before that layout - and on the print screen, so the board's drag-and-drop
 * never pays for the hidden document.
 */
export const PrintRoot = observer(function PrintRoot() {
  const { ui } = useStores();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  // The area screen prints its own overview of all teams of a wijk, not the open team.
  if ((!printing && ui.screen !== 'print') || ui.screen === 'area') return null;
  return <PrintView />;
});
