import { observer } from 'mobx-react-lite';
import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { localeOf } from '../../shared/i18n/translator.js';
import type { UiStore } from './UiStore.js';

/**
 * react-aria's own words and formats (its labels for screen readers, dates, sorting)
 * follow the app's language switch, not the browser's language: a Dutch team leader with
 * an English browser gets a Dutch app throughout.
 */
export const AppLocale = observer(function AppLocale({ ui, children }: { ui: UiStore; children: ReactNode }) {
  return <I18nProvider locale={localeOf(ui.lang)}>{children}</I18nProvider>;
});
