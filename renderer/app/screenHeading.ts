/**
 * The open screen's one h1 (every screen has exactly one, docs/ui.md "Headings"), made
 * focusable from script: where the focus goes when the app comes back to a screen after a
 * reload, so a screen reader says which screen it is and the keyboard starts there.
 */
export function screenHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('#main h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}
