/** How several items are joined in a Dutch sentence ("a, b en c"); see `shared/i18n/listOf.ts`. */
export const lists = {
  'list.next': '{first}, {next}',
  'list.last': '{first} en {last}',
} as const;
