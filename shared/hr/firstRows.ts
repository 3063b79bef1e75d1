/**
 * The matrix's rows a first visit asks for first (`firstRows`): more than the rows in view
 * of a tall window with the matrix's margin (70vh at about 48 px a row, plus ten; see
 * renderer/hr/matrixWindow.ts). The store's idle warm-up makes exactly this answer first,
 * so the screen's question and the one made ahead are the same. Until 2026-11-30 it was
 * 60, half of them never in the document before the whole summary came. Its own module
 * without zod: the renderer's app chunk imports it, and apiSchemas.ts would bring zod (and
 * its eval probe, which the CSP reports) into the start.
 */
export const HR_FIRST_ROWS = 40;
