/**
 * How a wide area table goes on paper: a column per team does not fit on one A4 page
 * (landscape) once an area has more than a few teams, and squeezed it broke words in the
 * middle. So it is printed as parts, each with the row's name (column 0) and at most
 * `perPart` of the other columns, in order; the parts are as even as possible. A table
 * that fits is one part with every column.
 */
export function printParts(columns: number, perPart: number): number[][] {
  const rest = Array.from({ length: Math.max(0, columns - 1) }, (_, i) => i + 1);
  const parts = Math.max(1, Math.ceil(rest.length / perPart));
  const size = Math.ceil(rest.length / parts);
  return Array.from({ length: parts }, (_, p) => [0, ...rest.slice(p * size, (p + 1) * size)]);
}
