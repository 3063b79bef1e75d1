import { observer } from 'mobx-react-lite';
import { useEffect, useRef, useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { message } from '../../shared/i18n/message.js';
import { useStores } from '../app/StoreContext.js';
import { useTranslator } from '../i18n/useT.js';
import { ConfirmAction } from '../ui/ConfirmAction.js';
import { settingsFormErrors, type SettingsFieldErrors } from './settingsFormErrors.js';
import type { SettingsCheck } from './SharingStore.js';

/**
 * This installation's address of the shared database: server, port, database, user and,
 * where the municipality has its own certificate authority, its CA file. On the desktop
 * the password goes into the operating system's keychain and is never shown again; the
 * browser host reads it from PGPASSWORD or a pgpass file, which the form says.
 * "Opslaan en verbinden" checks the fields first (an error at each), then tries the
 * connection and saves only when it works; when it does not, the form says why, keeps
 * what was typed and offers "Toch opslaan" (work on, the wachtrij sends later).
 * "Verbinding verwijderen" asks first and says what stays: the local data and the wachtrij.
 */
export const SettingsForm = observer(function SettingsForm() {
  const { sharing } = useStores();
  const { t } = useTranslator();
  const view = sharing.settings;
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<SettingsFieldErrors>({});
  const [server, setServer] = useState('');
  const [port, setPort] = useState('5432');
  const [database, setDatabase] = useState('');
  const [user, setUser] = useState('');
  const [caFile, setCaFile] = useState('');
  const [password, setPassword] = useState('');
  useEffect(() => {
    const stored = view?.settings;
    setServer(stored?.server ?? '');
    setPort(String(stored?.port ?? 5432));
    setDatabase(stored?.database ?? '');
    setUser(stored?.user ?? '');
    setCaFile(stored?.caFile ?? '');
    setPassword('');
    setErrors({});
  }, [view]);
  // A change after a failed try makes "Toch opslaan" (which keeps the tried settings) stale.
  const typed =
    (set: (value: string) => void) =>
    (value: string): void => {
      set(value);
      if (sharing.check?.state === 'failed') sharing.clearCheck();
    };
  // The button that was pressed goes with the connection: the focus moves to the empty form.
  const forget = async (): Promise<void> => {
    await sharing.forgetSettings();
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('input[name="server"]')?.focus());
  };
  if (!view) return null;
  const keychain = view.passwordStore === 'keychain';
  const readOnly = view.fromEnvironment;
  return (
    <section className="sharing-settings-section" aria-labelledby="sharing-settings-title">
      <h3 id="sharing-settings-title">{t('sharing.settings.title')}</h3>
      {readOnly && <p className="muted">{t('sharing.settings.fromEnvironment')}</p>}
      <Form
        className="sharing-settings"
        data-testid="sharing-settings"
        ref={formRef}
        validationBehavior="aria"
        validationErrors={Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]))}
        onSubmit={(event) => {
          event.preventDefault();
          const found = settingsFormErrors({ server, port, database, user });
          setErrors(found);
          const first = Object.keys(found)[0];
          if (first) {
            sharing.clearCheck();
            formRef.current?.querySelector<HTMLInputElement>(`input[name="${first}"]`)?.focus();
            return;
          }
          void sharing.connect({
            server: server.trim(),
            port: Number(port),
            database: database.trim(),
            user: user.trim(),
            caFile: caFile.trim() || null,
            ...(keychain && password ? { password } : {}),
          });
        }}
      >
        <TextField
          className="field"
          name="server"
          value={server}
          onChange={typed(setServer)}
          isRequired
          isDisabled={readOnly}
        >
          <Label>{t('sharing.settings.server')}</Label>
          <Input data-testid="settings-server" />
          <FieldError className="field-error" />
        </TextField>
        <TextField
          className="field"
          name="port"
          value={port}
          onChange={typed(setPort)}
          isRequired
          isDisabled={readOnly}
        >
          <Label>{t('sharing.settings.port')}</Label>
          <Input inputMode="numeric" data-testid="settings-port" />
          <FieldError className="field-error" />
        </TextField>
        <TextField
          className="field"
          name="database"
          value={database}
          onChange={typed(setDatabase)}
          isRequired
          isDisabled={readOnly}
        >
          <Label>{t('sharing.settings.database')}</Label>
          <Input data-testid="settings-database" />
          <FieldError className="field-error" />
        </TextField>
        <TextField
          className="field"
          name="user"
          value={user}
          onChange={typed(setUser)}
          isRequired
          isDisabled={readOnly}
        >
          <Label>{t('sharing.settings.user')}</Label>
          <Input data-testid="settings-user" />
          <FieldError className="field-error" />
        </TextField>
        <TextField className="field" value={caFile} onChange={typed(setCaFile)} isDisabled={readOnly}>
          <Label>{t('sharing.settings.caFile')}</Label>
          <Input data-testid="settings-ca" />
        </TextField>
        {keychain ? (
          <TextField
            className="field"
            type="password"
            value={password}
            onChange={typed(setPassword)}
            isDisabled={readOnly}
          >
            <Label>{view.hasPassword ? t('sharing.settings.newPassword') : t('sharing.settings.password')}</Label>
            <Input autoComplete="off" data-testid="settings-password" />
          </TextField>
        ) : (
          <p className="muted">{t('sharing.settings.pgpass')}</p>
        )}
        {!readOnly && (
          <div className="exchange-choices">
            <Button
              type="submit"
              className="button button-primary"
              isPending={sharing.check?.state === 'checking'}
              isDisabled={sharing.busy && sharing.check?.state !== 'checking'}
            >
              {t('sharing.settings.save')}
            </Button>
            {view.settings && (
              <ConfirmAction
                trigger={t('sharing.settings.forget')}
                triggerClassName="button button-quiet"
                title={t('sharing.settings.forgetConfirmTitle')}
                body={t('sharing.settings.forgetConfirmBody')}
                note={
                  sharing.waiting === 0
                    ? t('sharing.settings.forgetNothingWaiting')
                    : t('sharing.settings.forgetWaiting', { count: sharing.waiting })
                }
                confirmLabel={t('sharing.settings.forget')}
                onConfirm={() => void forget()}
                testId="settings-forget"
              />
            )}
          </div>
        )}
        <CheckOutcome check={sharing.check} onSaveAnyway={() => void sharing.saveAnyway()} busy={sharing.busy} />
      </Form>
    </section>
  );
});

/** What the last "Opslaan en verbinden" came to, read out as it changes (a failure assertively). */
function CheckOutcome({
  check,
  onSaveAnyway,
  busy,
}: {
  check: SettingsCheck | null;
  onSaveAnyway: () => void;
  busy: boolean;
}) {
  const { t, render } = useTranslator();
  // The outcome sits below the form, often below the dialog's fold: bring it into view,
  // or a person sees nothing happen (the focus stays on the button they pressed).
  const outcomeRef = useRef<HTMLDivElement>(null);
  const state = check?.state;
  useEffect(() => {
    if (state !== undefined && state !== 'checking') outcomeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [state]);
  return (
    <div ref={outcomeRef} className="sharing-check-outcome">
      <div role="status" className="sharing-check" data-testid="settings-check">
        {check?.state === 'checking' && <p>{t('sharing.settings.checking')}</p>}
        {check?.state === 'connected' && <p className="sharing-check-ok">{t('sharing.settings.connected')}</p>}
        {check?.state === 'savedOffline' && <p>{t('sharing.settings.savedOffline')}</p>}
      </div>
      <div role="alert" className="sharing-check" data-testid="settings-check-failed">
        {check?.state === 'failed' && (
          <div className="sharing-check-failed">
            <p>{render(message('sharing.settings.failed', { reason: check.reason }))}</p>
            <p>{t('sharing.settings.failedHelp')}</p>
            <Button className="button" onPress={onSaveAnyway} isDisabled={busy}>
              {t('sharing.settings.saveAnyway')}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
