import { observer } from 'mobx-react-lite';
import { PlainButton } from '../ui/PlainButton.js';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { NewTeamDialog } from '../design/NewTeamDialog.js';
import { TeamPicker } from './TeamPicker.js';
import { UndoRedoButtons } from './UndoRedoButtons.js';

export const AppHeader = observer(function AppHeader() {
  const { ui } = useStores();
  const t = useT();
  return (
    <header className="app-header">
      {/*
        The brand and the team stay on the first row, the pickers cutting long names short;
        only the tools move to a second row (ui/app.css, "header-main").
      */}
      <div className="header-main">
        <Brand />
        {/* One group: "Nieuw team" stays beside the picker. */}
        <div className="header-team">
          <TeamPicker />
          <NewTeamDialog />
        </div>
      </div>
      <div className="header-tools">
        <UndoRedoButtons />
        <PlainButton className="button button-quiet" onPress={() => ui.openTour()} data-testid="open-tour">
          {t('header.tour')}
        </PlainButton>
        <LanguageSwitch />
      </div>
    </header>
  );
});

/** The planner's name and mark; alone in the header when the planner could not start. */
export function Brand() {
  const t = useT();
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true" />
      <span className="brand-name">{t('app.title')}</span>
    </div>
  );
}
