import { useEffect } from 'react';

function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * Puts the team name and the date in the bottom-left page margin of every printed
 * page. The text changes with the team, and the CSP forbids inline <style>, so the
 * rule goes in a constructed stylesheet (CSSOM, which the CSP allows). Page numbers are
 * static and live in print.css.
 */
export function usePrintFooter(text: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { @bottom-left { content: ${cssString(text)}; font-size: 8.5pt; color: #333; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
}
