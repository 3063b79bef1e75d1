import { compareShallow, computed } from 'mobx';
import { useMemo } from 'react';
import { hasConsultation, lackingExpertise } from '../../shared/engine/index.js';
import type { PlanStore } from '../board/PlanStore.js';

const NONE: readonly string[] = [];

/**
 * The vakgebieden the team lacks at the level asked, with no consultation arranged anywhere
 * (the advice's own rule), for the open plan. A computed compared by its items: it is
 * worked out again on every edit of the plan, but the consultations editor that reads it
 * renders again only when the list itself changes, not on a choice of model or age group.
 */
export function useOpenConsultations(plan: PlanStore): readonly string[] {
  const open = useMemo(
    () =>
      computed(
        () => {
          const current = plan.plan;
          if (!current) return NONE;
          return lackingExpertise(current, [...new Set(current.assignments.map((a) => a.professionalId))])
            .map((e) => e.key)
            .filter((key) => !hasConsultation(current, key));
        },
        { equals: compareShallow },
      ),
    [plan],
  );
  return open.get();
}
