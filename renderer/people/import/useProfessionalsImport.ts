import { useRef, useState } from 'react';
import type { ProfessionalImportPreview } from '../../../shared/api/entities.js';
import { type Message, message } from '../../../shared/i18n/message.js';
import { errorText } from '../../api/ApiClient.js';
import { useStores } from '../../app/StoreContext.js';
import { type ImportFile, importFormat, readAsBase64 } from './importFile.js';

/** Where an import stands; the dialog shows exactly one of these. */
type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; fraction: number | null }
  | { kind: 'checking'; fileName: string }
  | { kind: 'preview'; file: ImportFile; preview: ProfessionalImportPreview }
  | { kind: 'committing'; file: ImportFile; preview: ProfessionalImportPreview }
  | { kind: 'failed'; fileName: string; text: Message };

/**
 * Choose a file -> read it (progress) -> the store's preview (every row error) -> commit.
 * Nothing is written before commit, and the store refuses a commit of a file with errors;
 * the dialog disables it too. After a commit the pool and the open plan are read again,
 * so the new people show on this screen and on the board.
 */
export function useProfessionalsImport(onDone: () => void) {
  const root = useStores();
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  // A newer choice wins: results of a file chosen earlier are dropped when they arrive late.
  const attempt = useRef(0);

  const choose = async (file: File) => {
    const mine = ++attempt.current;
    const current = () => attempt.current === mine;
    const format = importFormat(file.name);
    if (!format) {
      setPhase({ kind: 'failed', fileName: file.name, text: message('people.import.wrongType', { name: file.name }) });
      return;
    }
    setPhase({ kind: 'reading', fileName: file.name, fraction: null });
    let dataBase64: string;
    try {
      dataBase64 = await readAsBase64(file, (fraction) => {
        if (current()) setPhase({ kind: 'reading', fileName: file.name, fraction });
      });
    } catch {
      if (current())
        setPhase({
          kind: 'failed',
          fileName: file.name,
          text: message('people.import.unreadable', { name: file.name }),
        });
      return;
    }
    if (!current()) return;
    setPhase({ kind: 'checking', fileName: file.name });
    const chosen: ImportFile = { fileName: file.name, format, dataBase64 };
    try {
      const preview = await root.api.call('professionalsImport.preview', chosen);
      if (current()) setPhase({ kind: 'preview', file: chosen, preview });
    } catch (error) {
      if (current()) setPhase({ kind: 'failed', fileName: file.name, text: errorText(error) });
    }
  };

  const commit = async () => {
    if (phase.kind !== 'preview' || phase.preview.errors.length > 0) return;
    const { file, preview } = phase;
    setPhase({ kind: 'committing', file, preview });
    try {
      const { created } = await root.api.call('professionalsImport.commit', file);
      await root.professionals.load();
      const open = root.plan.view?.scenarioId;
      if (open) await root.plan.open(open);
      root.ui.notify('info', message('people.import.done', { count: created }));
      setPhase({ kind: 'idle' });
      onDone();
    } catch (error) {
      // E.g. someone with the same name was added meanwhile: the store refused and wrote nothing.
      setPhase({ kind: 'failed', fileName: file.fileName, text: errorText(error) });
    }
  };

  const reset = () => {
    attempt.current += 1;
    setPhase({ kind: 'idle' });
  };

  return { phase, choose, commit, reset };
}
