import { observer } from 'mobx-react-lite';
import { useEffect, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';

/**
 * This installation's address of the shared database: server, port, database, user and,
 * where the municipality has its own certificate authority, its CA file. On the desktop
 * the password goes into the operating system's keychain and is never shown again; the
 * browser host reads it from PGPASSWORD or a pgpass file, which the form says.
 */
export const SettingsForm = observer(function SettingsForm() {
  const { sharing } = useStores();
  const t = useT();
  const view = sharing.settings;
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
  }, [view]);
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
        onSubmit={(event) => {
          event.preventDefault();
          void sharing.saveSettings({
            server,
            port: Number(port),
            database,
            user,
            caFile: caFile.trim() || null,
            ...(keychain && password ? { password } : {}),
          });
        }}
      >
        <TextField className="field" value={server} onChange={setServer} isRequired isDisabled={readOnly}>
          <Label>{t('sharing.settings.server')}</Label>
          <Input data-testid="settings-server" />
        </TextField>
        <TextField className="field" value={port} onChange={setPort} isRequired isDisabled={readOnly}>
          <Label>{t('sharing.settings.port')}</Label>
          <Input inputMode="numeric" data-testid="settings-port" />
        </TextField>
        <TextField className="field" value={database} onChange={setDatabase} isRequired isDisabled={readOnly}>
          <Label>{t('sharing.settings.database')}</Label>
          <Input data-testid="settings-database" />
        </TextField>
        <TextField className="field" value={user} onChange={setUser} isRequired isDisabled={readOnly}>
          <Label>{t('sharing.settings.user')}</Label>
          <Input data-testid="settings-user" />
        </TextField>
        <TextField className="field" value={caFile} onChange={setCaFile} isDisabled={readOnly}>
          <Label>{t('sharing.settings.caFile')}</Label>
          <Input data-testid="settings-ca" />
        </TextField>
        {keychain ? (
          <TextField className="field" type="password" value={password} onChange={setPassword} isDisabled={readOnly}>
            <Label>{view.hasPassword ? t('sharing.settings.newPassword') : t('sharing.settings.password')}</Label>
            <Input autoComplete="off" data-testid="settings-password" />
          </TextField>
        ) : (
          <p className="muted">{t('sharing.settings.pgpass')}</p>
        )}
        {!readOnly && (
          <div className="exchange-choices">
            <Button type="submit" className="button button-primary" isDisabled={sharing.busy}>
              {t('sharing.settings.save')}
            </Button>
            {view.settings && (
              <Button className="button button-quiet" onPress={() => void sharing.forgetSettings()}>
                {t('sharing.settings.forget')}
              </Button>
            )}
          </div>
        )}
      </Form>
    </section>
  );
});
