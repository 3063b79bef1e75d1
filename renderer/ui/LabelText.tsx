/**
 * A field's label text. `spoken`, when given, is what a screen reader (and the field's
 * accessible name) says instead: the short visible label plus what the row around it
 * shows, so seven "Plaatsing" fields in a list each say whose they are ("Plaatsing van
 * Toegang"). It should begin with the visible words, so speech input still finds them.
 */
export function LabelText({ label, spoken }: { label: string; spoken?: string | undefined }) {
  if (spoken === undefined) return label;
  return (
    <>
      <span aria-hidden="true">{label}</span>
      <span className="visually-hidden">{spoken}</span>
    </>
  );
}
