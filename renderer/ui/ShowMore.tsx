import { PlainButton } from './PlainButton.js';

interface Props {
  /** The sentence saying how many are listed and how to find the rest. */
  note: string;
  /** The button's text ("Toon nog 600"). */
  label: string;
  onMore: () => void;
  testId: string;
}

/**
 * The end of a list that shows its first page: a note and a button that lists more
 * (the board's pool and the professionals screen, beyond POOL_PAGE people).
 */
export function ShowMore({ note, label, onMore, testId }: Props) {
  return (
    <div className="show-more">
      <p className="hint" data-testid={`${testId}-capped`}>
        {note}
      </p>
      <PlainButton className="button" onPress={onMore} data-testid={`${testId}-show-more`}>
        {label}
      </PlainButton>
    </div>
  );
}
