import { useEffect } from 'react';
import { useStores } from './StoreContext.js';

/**
 * Where keyboard focus goes after an action whose own control disappears or turns disabled
 * for good, so that it does not fall to the page body and a keyboard user can go on from
 * there. (A button unavailable only while its work runs is `aria-disabled` instead, and
 * keeps the focus: HR's and the exchange's exports.)
 */
export type FocusTarget =
  /** A member's chip: the one placed ("Plaatsen"), or the next one after a member is removed. */
  | { kind: 'member'; functionId: string; professionalId: string }
  /** A function's heading: its last member was removed. */
  | { kind: 'lane'; functionId: string }
  /** Redo, once undo turns disabled after undoing the last step. */
  | { kind: 'redo' }
  /** The design screen's heading of the team just made. */
  | { kind: 'teamDesign' }
  /** The heading of the screen the app came back to after a reload (`UiStore.restoreLastScreen`). */
  | { kind: 'screenHeading' }
  /**
   * A scenario's row: after "Openen", "Open als scenario" or "Vaststellen", whose button is
   * gone then, and after "Kopie maken" (the new one) or "Hernoemen", whose field is emptied.
   */
  | { kind: 'scenario'; scenarioId: string }
  /**
   * A function's name in Teamontwerp's list of the team's functions: the one just added
   * (from a proposal or by name) or brought back by undoing its removal.
   */
  | { kind: 'function'; functionId: string }
  /**
   * After a function's "Verwijderen": the remove button of the function that came after it
   * (else the one before), or the list's heading when no function is left (null).
   */
  | { kind: 'functionRemoved'; nextId: string | null }
  /**
   * After "Verwijderen (overal)": this person's entry in the professionals list (the next
   * one, or the one before when the last was deleted), or the new-name field when nobody is
   * left (null) or the entry is not listed (the search or the page leaves it out).
   */
  | { kind: 'professional'; professionalId: string | null }
  /**
   * After "Toevoegen" on the professionals screen: the name field of the person just made,
   * so a team leader typing fast goes on with their details instead of in the emptied add field.
   */
  | { kind: 'newProfessional'; professionalId: string }
  /**
   * After a conflict of an import is decided: the next conflict still to decide, else the
   * message newer than `afterMessageId` that says what happened.
   */
  | { kind: 'exchange'; afterMessageId: number };

/**
 * The one way focus follows an action: the action asks for its target
 * (`UiStore.requestFocus`), and the component that shows that target takes it after the
 * first of its renders in which `find` returns it (enabled), which ends the request. The
 * component observes the request, so a target already on screen takes the focus at once.
 */
export function useFocusRequest(find: (target: FocusTarget) => HTMLElement | null | undefined): void {
  const { ui } = useStores();
  const request = ui.focusRequest;
  useEffect(() => {
    if (!request || ui.focusRequest !== request) return;
    const element = find(request);
    if (!element || element.matches(':disabled')) return;
    element.focus();
    ui.focusTaken();
  });
}
