import { observer } from 'mobx-react-lite';
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Disclosure,
  DisclosurePanel,
  Form,
  Heading,
  Modal,
  ModalOverlay,
  ProgressBar,
} from 'react-aria-components';
import { disciplineOptions } from '../../shared/catalogue/ownDisciplines.js';
import { useStores } from '../app/StoreContext.js';
import { useTranslator } from '../i18n/useT.js';
import { ChoiceGroup } from '../ui/ChoiceGroup.js';
import { SelectField } from '../ui/SelectField.js';
import { NumberInput } from '../ui/NumberInput.js';
import { ComposeResultView } from './ComposeResultView.js';
import { ComposeStore } from './ComposeStore.js';
import { stageHint, stageKey } from './composeWords.js';
import './compose.css';

/** "Stel samen" on the board: the button and its dialog. The dialog's store lives as long as the dialog. */
export const ComposeButton = observer(function ComposeButton() {
  const { plan } = useStores();
  const { t } = useTranslator();
  const scenarioId = plan.view?.scenarioId;
  if (!scenarioId) return null;
  return (
    <DialogTrigger>
      <Button className="button button-primary compose-trigger" data-testid="compose-open">
        {t('composeUi.open')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal-wide">
          <ComposeDialog scenarioId={scenarioId} />
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
});

const ComposeDialog = observer(function ComposeDialog({ scenarioId }: { scenarioId: string }) {
  const root = useStores();
  const { t } = useTranslator();
  const [store] = useState(() => new ComposeStore(root.api, scenarioId));
  // Closing the dialog (Escape, outside click, Sluiten) stops a running solve.
  useEffect(() => () => store.dispose(), [store]);
  // Read here, not inside the render prop: react-aria calls that from its own component,
  // where this observer would not see the store change.
  const { phase, result } = store;
  return (
    <Dialog className="dialog compose-dialog" data-testid="compose-dialog">
      {({ close }) => (
        <>
          <Heading slot="title">{t('composeUi.title')}</Heading>
          {phase === 'form' && <ComposeForm store={store} onClose={close} />}
          {phase === 'running' && <ComposeProgress store={store} />}
          {phase === 'done' && result && (
            <ComposeResultView store={store} result={result} scenarioId={scenarioId} onClose={close} />
          )}
          {phase === 'failed' && <ComposeFailed store={store} onClose={close} />}
        </>
      )}
    </Dialog>
  );
});

const ComposeForm = observer(function ComposeForm({ store, onClose }: { store: ComposeStore; onClose: () => void }) {
  const { t, lang } = useTranslator();
  const { plan } = useStores();
  const s = store.settings;
  // The settings whose text the number rule refuses: the store keeps their last good value,
  // so running now would use a number the person no longer sees.
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());
  const markRefused = (testId: string, isRefused: boolean) =>
    setRefused((before) => {
      if (before.has(testId) === isRefused) return before;
      const next = new Set(before);
      if (isRefused) next.add(testId);
      else next.delete(testId);
      return next;
    });
  // Opened at the dialog's bottom edge, the limits would unfold out of sight: bring them into view.
  const limits = useRef<HTMLDivElement>(null);
  const showLimits = (expanded: boolean) => {
    if (expanded) requestAnimationFrame(() => limits.current?.scrollIntoView({ block: 'nearest' }));
  };
  const valid =
    refused.size === 0 && s.minHours >= 1 && s.minHours <= 40 && s.timeLimitSeconds >= 1 && s.timeLimitSeconds <= 600;
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) void store.start();
      }}
    >
      <p className="muted">{t('composeUi.intro')}</p>
      <ChoiceGroup
        label={t('composeUi.objective')}
        value={s.objective}
        onChange={(id) => store.change('objective', id === 'contractHours' ? 'contractHours' : 'people')}
        choices={[
          { id: 'people', label: t('composeUi.objective.people') },
          { id: 'contractHours', label: t('composeUi.objective.contractHours') },
        ]}
        testId="compose-objective"
      />
      <ChoiceGroup
        label={t('composeUi.start')}
        value={s.keepMembers ? 'keep' : 'fresh'}
        onChange={(id) => store.change('keepMembers', id === 'keep')}
        choices={[
          { id: 'keep', label: t('composeUi.start.keep'), description: t('composeUi.start.keepHint') },
          { id: 'fresh', label: t('composeUi.start.fresh'), description: t('composeUi.start.freshHint') },
        ]}
        testId="compose-start-from"
      />
      <div className="compose-numbers">
        <NumberSetting
          label={t('composeUi.minHours')}
          value={s.minHours}
          onChange={(v) => store.change('minHours', v)}
          min={1}
          max={40}
          testId="compose-min-hours"
          onRefused={markRefused}
        />
        <NumberSetting
          label={t('composeUi.timeLimit')}
          value={s.timeLimitSeconds}
          onChange={(v) => store.change('timeLimitSeconds', v)}
          min={1}
          max={600}
          testId="compose-time-limit"
          onRefused={markRefused}
        />
      </div>
      <Disclosure className="compose-limits" ref={limits} onExpandedChange={showLimits}>
        <Heading level={3}>
          <Button slot="trigger" className="button button-small">
            {t('composeUi.limits')}
          </Button>
        </Heading>
        <DisclosurePanel>
          <p className="muted">{t('composeUi.limitsHint')}</p>
          <div className="compose-numbers">
            <NumberSetting
              label={t('composeUi.maxTeamSize')}
              value={s.maxTeamSize}
              onChange={(v) => store.change('maxTeamSize', v)}
              min={1}
              max={500}
              testId="compose-max-team"
              optional
              onRefused={markRefused}
            />
            <NumberSetting
              label={t('composeUi.maxOrganisationShare')}
              value={s.maxOrganisationPercent}
              onChange={(v) => store.change('maxOrganisationPercent', v)}
              min={1}
              max={100}
              testId="compose-max-share"
              optional
              onRefused={markRefused}
            />
          </div>
          <SelectField
            label={t('composeUi.requiredDiscipline')}
            value={s.requiredDiscipline}
            onChange={(id) => store.change('requiredDiscipline', id)}
            options={[
              { id: '', label: t('composeUi.requiredDiscipline.none') },
              ...disciplineOptions(lang, plan.disciplines),
            ]}
            testId="compose-discipline"
          />
        </DisclosurePanel>
      </Disclosure>
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button className="button button-primary" type="submit" isDisabled={!valid} data-testid="compose-run">
          {t('composeUi.run')}
        </Button>
      </div>
    </Form>
  );
});

interface NumberSettingProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  testId: string;
  onRefused: (testId: string, refused: boolean) => void;
  /** A limit that may be left empty: the store keeps "no limit" as NaN. */
  optional?: boolean;
}

function NumberSetting({ label, value, onChange, min, max, testId, onRefused, optional }: NumberSettingProps) {
  return (
    <NumberInput
      label={label}
      value={Number.isFinite(value) ? value : null}
      rule={{ min, max, whole: true, optional }}
      onChange={(reading) => {
        onRefused(testId, !reading.ok);
        if (reading.ok) onChange(reading.value ?? Number.NaN);
      }}
      testId={testId}
    />
  );
}

const ComposeProgress = observer(function ComposeProgress({ store }: { store: ComposeStore }) {
  const { t, render } = useTranslator();
  const seconds = Math.floor(store.elapsedMs / 1000);
  const hint = stageHint(store.stage, store.settings.objective);
  // While the limits are tried one by one there is no composition to finish with.
  const canFinish = store.stage !== 'diagnosis';
  // The focus goes to the progress line, not to a button: Enter pressed once too often after
  // "Stel samen" (or a screen reader's activation) must not stop the run the user just began.
  // Stoppen and Nu afronden are the next Tab stops; Escape still stops, as in every dialog.
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => statusRef.current?.focus(), []);
  return (
    <div className="compose-progress" data-testid="compose-progress">
      <ProgressBar isIndeterminate aria-label={t('composeUi.running')} className="compose-bar">
        <div className="compose-bar-track">
          <div className="compose-bar-fill" />
        </div>
      </ProgressBar>
      <p aria-live="polite" tabIndex={-1} ref={statusRef} className="compose-stage" data-testid="compose-stage">
        <strong>{t(stageKey(store.stage, store.settings.objective))}</strong>
        {hint && (
          <>
            {' '}
            <span data-testid="compose-stage-hint">{render(hint)}</span>
          </>
        )}
      </p>
      <p className="muted" data-testid="compose-elapsed">
        {t('composeUi.elapsed', { seconds, limit: store.settings.timeLimitSeconds })}
      </p>
      {canFinish && <p className="muted">{t('composeUi.finishNowHint')}</p>}
      <div className="dialog-actions">
        <Button className="button" onPress={() => store.cancel()} data-testid="compose-cancel">
          {t('composeUi.cancel')}
        </Button>
        {canFinish && (
          <Button
            className="button button-primary"
            onPress={() => store.finishNow()}
            isDisabled={store.wrappingUp}
            data-testid="compose-finish-now"
          >
            {t(store.wrappingUp ? 'composeUi.finishing' : 'composeUi.finishNow')}
          </Button>
        )}
      </div>
    </div>
  );
});

const ComposeFailed = observer(function ComposeFailed({
  store,
  onClose,
}: {
  store: ComposeStore;
  onClose: () => void;
}) {
  const { t, render } = useTranslator();
  return (
    <div data-testid="compose-failed">
      <p className="field-error">{store.error ? render(store.error) : t('composeUi.error.failed')}</p>
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('composeUi.close')}
        </Button>
        <Button className="button button-primary" onPress={() => store.backToForm()}>
          {t('composeUi.again')}
        </Button>
      </div>
    </div>
  );
});
