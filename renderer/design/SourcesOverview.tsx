import { observer } from 'mobx-react-lite';
import { SOURCE_ARTICLES, SOURCE_INFO } from '../../shared/catalogue/sources.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { ARTICLE_SHORT } from './SourceLine.js';

/** The two articles in full, so a short citation ("Integraal werken in de wijk (2017)") can be looked up. */
export const SourcesOverview = observer(function SourcesOverview() {
  const { ui } = useStores();
  const t = useT();
  return (
    <details className="sources-overview" data-testid="sources-overview">
      <summary>{t('designScreen.sources.title')}</summary>
      <p className="muted">{t('designScreen.sources.intro')}</p>
      <dl>
        {SOURCE_ARTICLES.map((article) => {
          const info = SOURCE_INFO[article];
          return (
            <div key={article}>
              <dt>{t(ARTICLE_SHORT[article])}</dt>
              <dd>
                {t('designScreen.sources.entry', {
                  authors: info.authors[ui.lang],
                  title: info.title[ui.lang],
                  origin: info.origin[ui.lang],
                })}
                <span className="muted"> {t('designScreen.sources.sections')}</span>
                <ul>
                  {Object.values(info.sections).map((section) => (
                    <li key={section.nl}>{section[ui.lang]}</li>
                  ))}
                </ul>
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
});
