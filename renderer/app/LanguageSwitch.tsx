import { observer } from 'mobx-react-lite';
import { Radio, RadioGroup } from 'react-aria-components';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';

/**
 * Dutch by default; the choice is remembered on this computer. A radio group: one Tab
 * stop, the arrow keys change the language (docs/ui.md, Keyboard), shown as two joined
 * buttons.
 */
export const LanguageSwitch = observer(function LanguageSwitch() {
  const { ui } = useStores();
  const t = useT();
  return (
    <RadioGroup
      className="language-switch"
      aria-label={t('header.language')}
      orientation="horizontal"
      value={ui.lang}
      onChange={(lang) => {
        if (lang === 'nl' || lang === 'en') ui.setLang(lang);
      }}
    >
      <Radio value="nl" className="toggle" aria-label={t('language.nl')}>
        {t('language.nlShort')}
      </Radio>
      <Radio value="en" className="toggle" aria-label={t('language.en')}>
        {t('language.enShort')}
      </Radio>
    </RadioGroup>
  );
});
