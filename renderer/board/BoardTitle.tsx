import { observer } from 'mobx-react-lite';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';

/**
 * The board's h1, for the outline a screen reader lists: every screen has one. The board
 * has no room for a visible title (the three columns start at the top), so it is hidden.
 */
export const BoardTitle = observer(function BoardTitle() {
  const { plan, teams } = useStores();
  const t = useT();
  const team = plan.view ? (teams.byId.get(plan.view.teamId)?.name ?? '') : '';
  return <h1 className="visually-hidden">{t('board.title', { team })}</h1>;
});
