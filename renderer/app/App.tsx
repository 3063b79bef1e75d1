import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { AppHeader, Brand } from './AppHeader.js';
import { BackupsDialog } from '../backups/BackupsDialog.js';
import { RestoredNotice } from '../backups/RestoredNotice.js';
import { SharingDialog } from '../sharing/SharingDialog.js';
import { MainNav } from './MainNav.js';
import { StartupNotice } from './StartupNotice.js';
import { Toasts } from './Toasts.js';
import { Announcer } from './Announcer.js';
import { Tour } from './Tour.js';
import { useTranslator } from '../i18n/useT.js';
import { HrScreen } from '../hr/HrScreen.js';
import { AreaScreen } from '../area/AreaScreen.js';
import { PrintScreen } from '../print/PrintScreen.js';
import { PrintRoot } from '../print/PrintRoot.js';
import { ExchangeNotices } from '../exchange/ExchangeOutcome.js';
import { CatalogueScreen } from '../catalogue/CatalogueScreen.js';
import { CompositionBoard } from '../board/CompositionBoard.js';
import { BoardTitle } from '../board/BoardTitle.js';
import { ProfessionalsScreen } from '../people/ProfessionalsScreen.js';
import { ScenariosScreen } from '../scenarios/ScenariosScreen.js';
import { TeamDesign } from '../design/TeamDesign.js';
import { useStores } from './StoreContext.js';
import { useShortcuts } from './useShortcuts.js';
import { useFocusRequest } from './focusRequest.js';
import { screenHeading } from './screenHeading.js';

/** The planner: header (team, scenario, undo/redo, language), the five screens, toasts and the tour. */
export const App = observer(function App() {
  const root = useStores();
  const { ui, plan } = root;
  const { t, render } = useTranslator();
  useShortcuts(root);
  useFocusRequest((target) => (target.kind === 'screenHeading' ? screenHeading() : null));
  useEffect(() => {
    document.documentElement.lang = ui.lang;
    document.title = t('app.title');
  });

  // The people and HR screens list the whole pool, which arrives just after the board's data.
  const needsPeople = ui.screen === 'professionals' || ui.screen === 'hr';
  let content;
  if (!root.ready || (needsPeople && !root.peopleLoaded && !root.startupError))
    content = <p className="loading">{t('app.loading')}</p>;
  else if (root.startupError)
    // Nothing to work with: no team picker, no screens, only what went wrong and what to do.
    return (
      <div className="app">
        <header className="app-header">
          <Brand />
        </header>
        <main id="main" className="main" tabIndex={-1}>
          <div className="empty-state teaching" role="alert">
            <h2>{t('app.startupError')}</h2>
            <p>{render(root.startupError)}</p>
          </div>
        </main>
      </div>
    );
  else if (ui.screen === 'professionals') content = <ProfessionalsScreen />;
  else if (ui.screen === 'catalogue') content = <CatalogueScreen />;
  else if (ui.screen === 'hr') content = <HrScreen />;
  else if (ui.screen === 'area') content = <AreaScreen />;
  else if (!plan.isOpen)
    content = (
      <div className="empty-state teaching">
        <h2>{t('app.noTeamTitle')}</h2>
        <p>{t('app.noTeam')}</p>
        <Button className="button button-primary" onPress={() => ui.setNewTeamOpen(true)} data-testid="empty-new-team">
          {t('header.newTeam')}
        </Button>
      </div>
    );
  else if (ui.screen === 'design') content = <TeamDesign />;
  else if (ui.screen === 'scenarios') content = <ScenariosScreen />;
  else if (ui.screen === 'print') content = <PrintScreen />;
  else
    content = (
      <>
        <BoardTitle />
        <CompositionBoard />
      </>
    );

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <AppHeader />
      <MainNav />
      <main id="main" className="main" tabIndex={-1}>
        <StartupNotice />
        <RestoredNotice />
        {content}
      </main>
      <Toasts />
      <Announcer />
      <BackupsDialog />
      <SharingDialog />
      {root.ready && <Tour />}
      <PrintRoot />
      <ExchangeNotices />
    </div>
  );
});
