import { observer } from 'mobx-react-lite';
import { TEAM_MODEL_INFO, type TeamModel } from '../../shared/catalogue/teamDesign.js';
import { percent } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

/** The known strengths and risks of the chosen model, next to the choice (our words, after the articles). */
export const ModelProsCons = observer(function ModelProsCons({ model }: { model: TeamModel }) {
  const { ui } = useStores();
  const t = useT();
  const info = TEAM_MODEL_INFO[model];
  return (
    <aside className="callout pros-cons" aria-labelledby="model-info-title" data-testid="model-pros-cons">
      <h3 id="model-info-title">{info.name[ui.lang]}</h3>
      <p>{info.summary[ui.lang]}</p>
      {info.share2017 !== null && <p className="muted">{t('design.share', { percent: percent(info.share2017) })}</p>}
      <h4>{t('design.pros')}</h4>
      <ul className="pros">
        {info.pros.map((p) => (
          <li key={p.nl}>{p[ui.lang]}</li>
        ))}
      </ul>
      <h4>{t('design.cons')}</h4>
      <ul className="cons">
        {info.cons.map((c) => (
          <li key={c.nl}>{c[ui.lang]}</li>
        ))}
      </ul>
    </aside>
  );
});
