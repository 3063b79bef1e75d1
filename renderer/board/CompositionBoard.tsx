import {
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { observer } from 'mobx-react-lite';
import { useMemo, useRef } from 'react';
import { PlainButton } from '../ui/PlainButton.js';
import { dragAnnouncements, dragInstructions } from './announcements.js';
import { POOL_ZONE, functionIdOfZone, functionZoneId, isDragData } from './dndIds.js';
import { zoneJumps } from './keyboardDrag.js';
import { dropHours } from './suggestedHours.js';
import { unassignCommand } from './assignmentCommands.js';
import { FunctionLane } from './FunctionLane.js';
import { HoursDialog } from './HoursDialog.js';
import { PoolPanel } from './PoolPanel.js';
import { useTranslator } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { CoveragePanel } from './CoveragePanel.js';
import { ComposeButton } from '../compose/ComposeDialog.js';

/** Drop zones are measured while dragging (lanes grow and the page scrolls), never on idle re-renders. */
// Scroll the page only when the pointer is really at its top or bottom edge (default is a fifth of the screen).
const AUTO_SCROLL = { threshold: { x: 0, y: 0.08 } };
const MOUSE_OPTIONS = { activationConstraint: { distance: 6 } };
// A short hold before a touch drag starts, so a swipe still scrolls the list.
const TOUCH_OPTIONS = { activationConstraint: { delay: 200, tolerance: 8 } };
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

/** The composition board: pool, functions as drop zones (team lane and shell lane), live coverage. */
export const CompositionBoard = observer(function CompositionBoard() {
  const root = useStores();
  const { plan, ui } = root;
  const translator = useTranslator();
  const { t } = translator;
  // The announcements read the translator of the moment through this ref, so they stay one object.
  const translatorRef = useRef(translator);
  translatorRef.current = translator;
  // Options objects kept stable across renders, so dnd-kit keeps its sensors (and its context) as they are.
  // The zones in the order the lanes are shown; the keyboard steps through them by id.
  const jumps = useMemo(
    () =>
      zoneJumps(() => [
        POOL_ZONE,
        ...root.plan.inTeamFunctions.map((f) => functionZoneId(f.id)),
        ...root.plan.shellFunctions.map((f) => functionZoneId(f.id)),
      ]),
    [root],
  );
  const keyboardOptions = useMemo(() => ({ coordinateGetter: jumps.coordinates }), [jumps]);
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  );
  const announcements = useMemo(
    () =>
      dragAnnouncements(() => translatorRef.current, {
        person: (id) => root.plan.professionalById.get(id)?.name ?? '',
        fn: (id) => {
          const fn = root.plan.functionById.get(id);
          return fn ? root.catalogue.functionName(fn, translatorRef.current.lang) : '';
        },
      }),
    [root],
  );

  // Stable objects: a new one per render would give dnd-kit a new context and re-render all 500 cards.
  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: dragInstructions(t) }),
    [announcements, t],
  );

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const data = active.data.current;
    const functionId = functionIdOfZone(over?.id);
    if (!isDragData(data) || !functionId || functionId === data.fromFunctionId) return ui.setDragPreview(null);
    ui.setDragPreview({ professionalId: data.professionalId, functionId, fromFunctionId: data.fromFunctionId });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const data = active.data.current;
    if (!isDragData(data) || !over) return ui.setDragPreview(null);
    if (over.id === POOL_ZONE) {
      ui.setDragPreview(null);
      if (data.fromFunctionId) void root.execute(unassignCommand(root, data.fromFunctionId, data.professionalId));
      return;
    }
    const functionId = functionIdOfZone(over.id);
    if (!functionId || functionId === data.fromFunctionId) return ui.setDragPreview(null);
    const drop = { professionalId: data.professionalId, functionId, fromFunctionId: data.fromFunctionId };
    ui.setPendingDrop({ ...drop, suggestedHours: dropHours(plan, drop) });
  };

  // Only stable, shallow-compared values are read while rendering: an assignment must not
  // re-render the DndContext (which would re-render every draggable card under it).
  if (!plan.isOpen) return null;
  const noFunctions = plan.inTeamFunctions.length === 0 && plan.shellFunctions.length === 0;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={jumps.collision}
      measuring={MEASURING}
      autoScroll={AUTO_SCROLL}
      onDragStart={jumps.reset}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => ui.setDragPreview(null)}
      accessibility={accessibility}
    >
      <div className="board">
        <PoolPanel />
        <div className="lanes" data-testid="lanes">
          {noFunctions ? (
            <div className="empty-state teaching">
              <h2>{t('board.noFunctionsTitle')}</h2>
              <p>{t('board.noFunctions')}</p>
              <PlainButton className="button button-primary" onPress={() => ui.show('design')}>
                {t('board.goDesign')}
              </PlainButton>
            </div>
          ) : (
            <>
              <section className="lane-group" aria-labelledby="in-team-title">
                <h2 id="in-team-title">{t('board.inTeam')}</h2>
                <ComposeButton />
                {plan.inTeamFunctions.length === 0 && <p className="lane-empty">{t('board.noInTeam')}</p>}
                {plan.inTeamFunctions.map((fn) => (
                  <FunctionLane key={fn.id} fn={fn} />
                ))}
              </section>
              <section className="lane-group lane-group-shell" aria-labelledby="shell-title">
                <h2 id="shell-title">{t('board.shell')}</h2>
                <p className="hint">{t('board.shellHint')}</p>
                {plan.shellFunctions.map((fn) => (
                  <FunctionLane key={fn.id} fn={fn} />
                ))}
              </section>
            </>
          )}
        </div>
        <CoveragePanel />
      </div>
      <HoursDialog />
    </DndContext>
  );
});
