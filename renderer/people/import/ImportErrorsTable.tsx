import type { ImportRowError } from '../../../shared/api/entities.js';
import { useT } from '../../i18n/useT.js';
import { useStores } from '../../app/StoreContext.js';
import { rowErrorColumn, rowErrorText } from './rowErrorText.js';

/**
 * Every row error of an import: row, column and what is wrong, in the UI language. The
 * list scrolls inside the dialog (it can hold hundreds) and takes the focus for arrow keys.
 */
export function ImportErrorsTable({ errors }: { errors: readonly ImportRowError[] }) {
  const { ui } = useStores();
  const t = useT();
  return (
    <div className="people-import-errors" tabIndex={0} role="region" aria-labelledby="people-import-errors-title">
      <table className="table" data-testid="people-import-errors">
        <caption id="people-import-errors-title">{t('people.import.errorsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.import.row')}</th>
            <th scope="col">{t('people.import.column')}</th>
            <th scope="col">{t('people.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, i) => (
            <tr key={i} data-testid="people-import-error">
              <td className="people-import-row">{error.row}</td>
              <td>{rowErrorColumn(error, ui.lang)}</td>
              <td>{rowErrorText(error, ui.lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
