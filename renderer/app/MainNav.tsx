import { observer } from 'mobx-react-lite';
import { PlainButton } from '../ui/PlainButton.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';
import { EXTRA_SCREENS, SCREENS, type Screen } from './UiStore.js';

const LABELS: Record<Screen, MessageKey> = {
  design: 'nav.design',
  board: 'nav.board',
  professionals: 'nav.professionals',
  catalogue: 'nav.catalogue',
  scenarios: 'nav.scenarios',
  hr: 'nav.hr',
  area: 'area.nav',
  print: 'nav.print',
};

/** The five screens, in the order the articles ask: design first, then people. */
export const MainNav = observer(function MainNav() {
  const { ui, sharing } = useStores();
  const t = useT();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ol>
        {SCREENS.map((screen, index) => (
          <li key={screen}>
            <PlainButton
              className="nav-item"
              aria-current={ui.screen === screen ? 'page' : undefined}
              onPress={() => ui.show(screen)}
              data-testid={`nav-${screen}`}
            >
              <span className="nav-step" aria-hidden="true">
                {index + 1}
              </span>
              {t(LABELS[screen])}
            </PlainButton>
          </li>
        ))}
      </ol>
      <ul className="main-nav-extra">
        {EXTRA_SCREENS.map((screen) => (
          <li key={screen}>
            <PlainButton
              className="nav-item"
              aria-current={ui.screen === screen ? 'page' : undefined}
              onPress={() => ui.show(screen)}
              data-testid={`nav-${screen}`}
            >
              {t(LABELS[screen])}
            </PlainButton>
          </li>
        ))}
        <li>
          <PlainButton className="nav-item" onPress={() => ui.setBackupsOpen(true)} data-testid="open-backups">
            {t('backups.title')}
          </PlainButton>
        </li>
        <li>
          <PlainButton className="nav-item" onPress={() => sharing.setDialogOpen(true)} data-testid="open-sharing">
            {t('sharing.title')}
          </PlainButton>
        </li>
      </ul>
    </nav>
  );
});
