/** HR at the scale of a region: exports as jobs with progress, explanations loaded for the rows in view. */
export const hrScale = {
  'hrScale.exportProgress': 'Het Excel-bestand wordt gemaakt: {percent}%',
  'hrScale.exportFailed': 'Het bestand kon niet worden gemaakt. Er is niets gewijzigd. Probeer het opnieuw.',
  'hrScale.exportJobGone': 'Dit bestand is niet meer beschikbaar. Exporteer de lijst opnieuw.',
  'hrScale.cellLoading': 'De toelichting wordt opgehaald…',
} as const;
