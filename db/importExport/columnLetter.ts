/**
 * A column as a spreadsheet program names it: A for the first, Z for the 26th, AA after
 * it. Import errors about a column without a header name it so, as Excel and LibreOffice
 * show it above the sheet (a CSV opened there too).
 */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
