import type { ApiClient } from '../../api/ApiClient.js';
import { planFileName } from '../../exchange/ExchangeStore.js';
import { downloadBlob } from '../../exchange/saveFile.js';
import { localToday } from '../../../shared/domain/today.js';
import type { Translator } from '../../../shared/i18n/translator.js';

/**
 * A subject access request: everything the store holds about one person
 * (`professionals.exportPersonalData`: the person with their ratings, and every place in a
 * team with the hours), downloaded as JSON named after the person and the day.
 */
export async function downloadPersonalData(api: ApiClient, professionalId: string, t: Translator['t']): Promise<void> {
  const data = await api.call('professionals.exportPersonalData', { id: professionalId });
  // The same file-name rule as team plan files: letters, digits and dashes.
  const name = planFileName(data.professional.name).replace(/\.json$/, '');
  const fileName = t('people.privacy.fileName', { name, date: localToday(new Date(data.exportedAt)) });
  downloadBlob(fileName, new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
}
