import { useEffect } from 'react';
import type { Lang } from '../../shared/domain/text.js';
import { translator } from '../../shared/i18n/translator.js';

/** Small grey type in the margin, below the document's own text. */
const FOOTER_DECLARATIONS = ['font-size: 8.5pt', 'color: #333'].join('; ');

/** Marks a CSS counter inside a translated text, so the words around it can be quoted. */
const COUNTER = '\u0000';

function marginBox(box: 'bottom-left' | 'bottom-right', content: string): string {
  return `@${box} { content: ${content}; ${FOOTER_DECLARATIONS}; }`;
}

function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * "Pagina 2 van 5" as CSS `content`: the catalogue's sentence in the user's language with
 * the page counters in their places (the word order may differ between languages).
 */
function pageNumberContent(lang: Lang): string {
  const text = translator(lang).t('printDoc.pageOf', {
    page: `${COUNTER}page${COUNTER}`,
    pages: `${COUNTER}pages${COUNTER}`,
  });
  return text
    .split(COUNTER)
    .map((part, i) => (i % 2 === 1 ? `counter(${part})` : part === '' ? '' : cssString(part)))
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * Puts the team name and the date in the bottom-left page margin of every printed page,
 * and the page numbers bottom-right, in the user's language. The text changes with the
 * team and the language, and the CSP forbids inline <style>, so the rules go in a
 * constructed stylesheet (CSSOM, which the CSP allows).
 */
export function usePrintFooter(text: string, lang: Lang): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { ${marginBox('bottom-left', cssString(text))} ${marginBox('bottom-right', pageNumberContent(lang))} }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text, lang]);
}
