import type { SourceRef } from '../../shared/catalogue/sources.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

/** Short names of the two articles as a citation shows them. */
export const ARTICLE_SHORT: Record<SourceRef['article'], MessageKey> = {
  hu2014: 'designScreen.article.hu2014',
  movisie2017: 'designScreen.article.movisie2017',
};

/** "De Waal e.a. (Hogeschool Utrecht), ‘Verschillende teammodellen’": the citation as one string. */
export function useCitation(): (source: SourceRef) => { article: string; section: string } {
  const t = useT();
  const { ui } = useStores();
  return (source) => ({ article: t(ARTICLE_SHORT[source.article]), section: source.section[ui.lang] });
}

/**
 * The source of the statement just before it, as plain text so keyboard and screen-reader
 * users meet it in reading order, right after the statement it belongs to.
 */
export function SourceLine({ source }: { source: SourceRef }) {
  const t = useT();
  const cite = useCitation();
  return (
    <small className="source-line" data-article={source.article}>
      {t('designScreen.source', cite(source))}
    </small>
  );
}
