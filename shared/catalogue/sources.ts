import type { LocalText } from '../domain/text.js';
import { bothLanguagesOf } from '../i18n/bothLanguages.js';

/**
 * The two articles every statement the planner makes about team models, organisation
 * types and design questions goes back to. A statement names its article and the section
 * in it, so a policy advisor can read the source beside the screen. Titles are the
 * articles' own (Dutch) titles; section names are the articles' headings, or where a
 * passage has no heading a short description of where it is.
 */
export const SOURCE_ARTICLES = ['hu2014', 'movisie2017'] as const;
type SourceArticle = (typeof SOURCE_ARTICLES)[number];

interface SourceArticleInfo {
  title: LocalText;
  /** Authors, or the programme the article names as having done the research. */
  authors: LocalText;
  /**
   * What the article itself says about where and when it appeared, and no more: the
   * research article gives no year or publisher (only a report of January 2014), the news
   * item a date but no publisher. The ids `hu2014` and `movisie2017` are internal names.
   */
  origin: LocalText;
  /** The sections statements may point to, in the article's order. */
  sections: Record<string, LocalText>;
}

const HU2014_SECTIONS = {
  designQuestions: bothLanguagesOf('cat.source.hu2014.section.designQuestions'),
  functions: bothLanguagesOf('cat.source.hu2014.section.functions'),
  models: bothLanguagesOf('cat.source.hu2014.section.models'),
  expertise: bothLanguagesOf('cat.source.hu2014.section.expertise'),
} as const;

const MOVISIE2017_SECTIONS = {
  introduction: bothLanguagesOf('cat.source.movisie2017.section.introduction'),
  a1: bothLanguagesOf('cat.source.movisie2017.section.a1'),
  a2: bothLanguagesOf('cat.source.movisie2017.section.a2'),
  closing: bothLanguagesOf('cat.source.movisie2017.section.closing'),
} as const;

export const SOURCE_INFO = {
  hu2014: {
    title: bothLanguagesOf('cat.source.hu2014.title'),
    authors: bothLanguagesOf('cat.source.hu2014.authors'),
    origin: bothLanguagesOf('cat.source.hu2014.origin'),
    sections: HU2014_SECTIONS,
  },
  movisie2017: {
    title: bothLanguagesOf('cat.source.movisie2017.title'),
    authors: bothLanguagesOf('cat.source.movisie2017.authors'),
    origin: bothLanguagesOf('cat.source.movisie2017.origin'),
    sections: MOVISIE2017_SECTIONS,
  },
} satisfies Record<SourceArticle, SourceArticleInfo>;

/** Where a statement comes from: the article and the section within it. */
export interface SourceRef {
  article: SourceArticle;
  section: LocalText;
}

/** A statement of the planner together with the place in the sources it rests on. */
export interface SourcedText {
  text: LocalText;
  source: SourceRef;
}

export function hu2014(section: keyof typeof HU2014_SECTIONS): SourceRef {
  return { article: 'hu2014', section: HU2014_SECTIONS[section] };
}

export function movisie2017(section: keyof typeof MOVISIE2017_SECTIONS): SourceRef {
  return { article: 'movisie2017', section: MOVISIE2017_SECTIONS[section] };
}
