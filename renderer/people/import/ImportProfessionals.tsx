import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button, Dialog, FileTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useStores } from '../../app/StoreContext.js';
import { useTranslator } from '../../i18n/useT.js';
import '../people.css';
import { NAME_PARTS_LIST, templateColumn, templateNamePart } from '../../../shared/people/importTemplate.js';
import { downloadImportTemplate } from './downloadTemplate.js';
import { ImportErrorsTable } from './ImportErrorsTable.js';
import { ImportProgress } from './ImportProgress.js';
import { useProfessionalsImport } from './useProfessionalsImport.js';

const ACCEPTED = ['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/**
 * "Importeren" on the professionals screen: a dialog to add many people from a CSV or
 * XLSX file. It shows what the store's preview found - how many people, and every row
 * error - before anything is saved; "Toevoegen" stays disabled while there is an error.
 */
export const ImportProfessionals = observer(function ImportProfessionals() {
  const { catalogue } = useStores();
  const translator = useTranslator();
  const { t, render } = translator;
  const [open, setOpen] = useState(false);
  const flow = useProfessionalsImport(() => setOpen(false));
  const { phase } = flow;
  const busy = phase.kind === 'reading' || phase.kind === 'checking' || phase.kind === 'committing';
  const preview = phase.kind === 'preview' || phase.kind === 'committing' ? phase.preview : null;
  const fileName =
    phase.kind === 'idle'
      ? null
      : phase.kind === 'preview' || phase.kind === 'committing'
        ? phase.file.fileName
        : phase.fileName;
  const canCommit = phase.kind === 'preview' && phase.preview.errors.length === 0 && phase.preview.rows.length > 0;
  const setOpenAndReset = (next: boolean) => {
    if (!next) flow.reset();
    setOpen(next);
  };
  return (
    <div className="people-actions">
      <Button className="button" onPress={() => setOpen(true)} data-testid="people-import-open">
        {t('people.import.open')}
      </Button>
      <ModalOverlay
        className="modal-overlay"
        isOpen={open}
        onOpenChange={setOpenAndReset}
        isDismissable={!busy}
        isKeyboardDismissDisabled={busy}
      >
        <Modal className="modal modal-wide">
          <Dialog className="dialog people-import" data-testid="people-import-dialog">
            <Heading slot="title">{t('people.import.title')}</Heading>
            {/* The columns named as the template names them: one name column, or the name in parts. */}
            <p data-testid="people-import-intro">
              {t('people.import.intro', {
                name: templateColumn('name'),
                nameParts: NAME_PARTS_LIST,
                infix: templateNamePart('infix'),
              })}
            </p>
            <div className="people-import-template">
              <Button
                className="button button-small"
                onPress={() => downloadImportTemplate(catalogue.competencies, translator)}
                data-testid="people-import-template"
              >
                {t('people.import.template')}
              </Button>
              <p className="muted">{t('people.import.templateHint')}</p>
              <p className="muted">{t('edit.import.syntax')}</p>
            </div>
            <div className="people-import-choose">
              <FileTrigger acceptedFileTypes={ACCEPTED} onSelect={(files) => files?.[0] && void flow.choose(files[0])}>
                <Button className="button" isDisabled={busy} data-testid="people-import-choose">
                  {fileName ? t('people.import.chooseOther') : t('people.import.choose')}
                </Button>
              </FileTrigger>
              {fileName && <span data-testid="people-import-file">{t('people.import.file', { name: fileName })}</span>}
            </div>
            <div className="people-import-status" role="status" aria-live="polite">
              {phase.kind === 'reading' && (
                <ImportProgress label={t('people.import.reading')} fraction={phase.fraction} />
              )}
              {phase.kind === 'checking' && <ImportProgress label={t('people.import.checking')} fraction={null} />}
              {phase.kind === 'committing' && <ImportProgress label={t('people.import.committing')} fraction={null} />}
              {phase.kind === 'preview' && phase.preview.errors.length === 0 && (
                <p className="people-import-ready" data-testid="people-import-summary">
                  {t('people.import.ready', { count: phase.preview.rows.length })}
                </p>
              )}
            </div>
            {preview?.notes.map((note, i) => (
              <p key={i} className="muted" data-testid="people-import-note">
                {render(note)}
              </p>
            ))}
            {phase.kind === 'failed' && (
              <p className="people-import-problem" role="alert" data-testid="people-import-failed">
                {render(phase.text)}
              </p>
            )}
            {preview && preview.errors.length > 0 && (
              <div className="people-import-problem" role="alert" data-testid="people-import-blocked">
                <p>{t('people.import.blocked')}</p>
                {preview.rows.length > 0 && (
                  <p className="muted" data-testid="people-import-summary">
                    {t('people.import.goodRows', { count: preview.rows.length })}
                  </p>
                )}
              </div>
            )}
            {preview && preview.errors.length > 0 && <ImportErrorsTable errors={preview.errors} />}
            <div className="dialog-actions">
              <Button
                className="button"
                onPress={() => setOpenAndReset(false)}
                isDisabled={phase.kind === 'committing'}
              >
                {t('common.cancel')}
              </Button>
              <Button
                className="button button-primary"
                onPress={() => void flow.commit()}
                isDisabled={!canCommit}
                data-testid="people-import-commit"
              >
                {t('people.import.commit')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </div>
  );
});
