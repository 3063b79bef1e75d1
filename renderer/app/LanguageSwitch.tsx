import { observer } from 'mobx-react-lite';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import type { Lang } from '../../shared/domain/text.js';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';

/** Dutch by default; the choice is remembered on this computer. */
export const LanguageSwitch = observer(function LanguageSwitch() {
  const { ui } = useStores();
  const t = useT();
  return (
    <ToggleButtonGroup
      className="language-switch"
      aria-label={t('header.language')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[ui.lang]}
      onSelectionChange={(keys) => {
        const [lang] = [...keys];
        if (lang === 'nl' || lang === 'en') ui.setLang(lang as Lang);
      }}
    >
      <ToggleButton id="nl" className="toggle" aria-label={t('language.nl')}>
        {t('language.nlShort')}
      </ToggleButton>
      <ToggleButton id="en" className="toggle" aria-label={t('language.en')}>
        {t('language.enShort')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
});
