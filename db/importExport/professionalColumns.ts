// The column definitions moved to shared/ so the renderer's import template is built from
// the same source as the importer; this re-export keeps the importer's imports unchanged.
export * from '../../shared/people/professionalColumns.js';
