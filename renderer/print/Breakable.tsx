import { Fragment } from 'react';
import { syllableParts } from './syllableBreaks.js';

/**
 * A name, discipline or organisation on paper: its long words may break between their
 * Dutch syllables (`<wbr>`), never mid-syllable, and the PDF's text keeps every word whole.
 */
export function Breakable({ text }: { text: string }) {
  return (
    <>
      {syllableParts(text).map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
