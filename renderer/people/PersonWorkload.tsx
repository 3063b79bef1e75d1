import { observer } from 'mobx-react-lite';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../shared/api/contract.js';
import { isOverAllocated } from '../../shared/engine/overAllocation.js';
import { errorText } from '../api/ApiClient.js';
import { useStores } from '../app/StoreContext.js';
import { useTranslator } from '../i18n/useT.js';
import type { Message } from '../../shared/i18n/message.js';

type Workload = ApiOutput<'professionals.workload'>;

/**
 * "Werkt in" on a person's page: their places in every team's main scenario with the hours,
 * and the sum against the contract by the board's and HR's own rule (`isOverAllocated`), so
 * a team leader sees here, not only on the board, that someone gives more hours than their
 * contract. Read when the page opens (the board is where places change).
 */
export const PersonWorkload = observer(function PersonWorkload({
  id,
  contractHours,
}: {
  id: string;
  contractHours: number;
}) {
  const root = useStores();
  const { t, render } = useTranslator();
  const [places, setPlaces] = useState<Workload | null>(null);
  const [failed, setFailed] = useState<Message | null>(null);
  useEffect(() => {
    let current = true;
    setPlaces(null);
    setFailed(null);
    root.api
      .call('professionals.workload', { id })
      .then((answer) => current && setPlaces(answer))
      .catch((error: unknown) => current && setFailed(errorText(error)));
    return () => {
      current = false;
    };
  }, [root, id]);
  const total = places?.reduce((sum, p) => sum + p.hours, 0) ?? 0;
  const over = isOverAllocated(total, contractHours);
  return (
    <section className="panel person-workload" aria-labelledby="workload-title" data-testid="person-workload">
      <h3 id="workload-title">{t('professionals.workload.title')}</h3>
      {failed ? (
        <p role="alert">{render(failed)}</p>
      ) : places === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : places.length === 0 ? (
        <p className="muted">{t('professionals.workload.none')}</p>
      ) : (
        <>
          <ul>
            {places.map((p, i) => (
              <li key={i}>
                {t('professionals.workload.place', {
                  team: p.teamName,
                  fn: root.catalogue.functionName({ name: p.functionName, templateKey: p.templateKey }, root.ui.lang),
                  hours: p.hours,
                })}
              </li>
            ))}
          </ul>
          <p className={over ? 'workload-over' : undefined} data-testid="workload-total">
            {over
              ? t('professionals.workload.over', {
                  hours: total,
                  contract: contractHours,
                  excess: total - contractHours,
                })
              : t('professionals.workload.total', { hours: total, contract: contractHours })}
          </p>
        </>
      )}
    </section>
  );
});
