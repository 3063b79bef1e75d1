import { observer } from 'mobx-react-lite';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { formatMoment } from '../../shared/i18n/dateText.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import type { SharedConflict } from './SharingStore.js';
import { useFocusOutboxAfterwards } from './focusOutboxAfterwards.js';

/**
 * A publish that met someone else's version, shown the way a plan file's conflict is
 * (the exchange panel's box and buttons): both sides in a few facts, then keep mine,
 * take theirs or keep both. Nothing happens until the user chooses.
 */
export const ConflictCompare = observer(function ConflictCompare({ conflict }: { conflict: SharedConflict }) {
  const { sharing, ui } = useStores();
  const t = useT();
  const when = (iso: string) => formatMoment(ui.lang, iso);
  const { mine, theirs } = conflict;
  useFocusOutboxAfterwards();
  // Who published the other side: oneself from an older stand (a restored backup), or
  // someone else, since one's own last publication only when there was one.
  const body = theirs.byMe
    ? t('sharing.conflict.bodyOwn', { version: theirs.version })
    : mine.basedOn === 0
      ? t('sharing.conflict.bodyNew', { by: theirs.publishedBy, version: theirs.version })
      : t('sharing.conflict.body', { by: theirs.publishedBy, version: theirs.version });
  // aria-disabled, not isDisabled: a disabled button drops the focus of whoever pressed it.
  const choose = (choice: 'keepMine' | 'takeTheirs' | 'keepBoth') => {
    if (!sharing.busy) void sharing.resolve(choice);
  };
  return (
    <div className="exchange-conflicts sharing-conflict" role="alert" data-testid="sharing-conflict">
      <h3>{t('sharing.conflict.title', { name: mine.teamName })}</h3>
      <p>{body}</p>
      <table className="table sharing-compare">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('sharing.conflict.aspect')}</span>
            </th>
            <th scope="col">{t('sharing.conflict.mine')}</th>
            <th scope="col">{t('sharing.conflict.theirs', { version: theirs.version })}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('sharing.conflict.name')}</th>
            <td>{mine.teamName || t('sharing.conflict.noName')}</td>
            <td>{theirs.teamName || t('sharing.conflict.noName')}</td>
          </tr>
          <tr>
            <th scope="row">{t('sharing.conflict.when')}</th>
            <td>{t('sharing.conflict.queuedAt', { when: when(mine.queuedAt) })}</td>
            <td>{t('sharing.conflict.publishedAt', { when: when(theirs.publishedAt), by: theirs.publishedBy })}</td>
          </tr>
          <tr>
            <th scope="row">{t('sharing.conflict.functions')}</th>
            <Fact side={mine}>{mine.functions}</Fact>
            <Fact side={theirs}>{theirs.functions}</Fact>
          </tr>
          <tr>
            <th scope="row">{t('sharing.conflict.members')}</th>
            <Fact side={mine}>{mine.memberNames.join(', ') || t('sharing.conflict.nobody')}</Fact>
            <Fact side={theirs}>{theirs.memberNames.join(', ') || t('sharing.conflict.nobody')}</Fact>
          </tr>
          <tr>
            <th scope="row">{t('sharing.conflict.hours')}</th>
            <Fact side={mine}>{t('sharing.conflict.hoursValue', { hours: mine.hours })}</Fact>
            <Fact side={theirs}>{t('sharing.conflict.hoursValue', { hours: theirs.hours })}</Fact>
          </tr>
        </tbody>
      </table>
      <div className="exchange-choices">
        <Button
          className="button"
          aria-disabled={sharing.busy}
          onPress={() => choose('keepMine')}
          data-testid="conflict-keep-mine"
        >
          {t('sharing.conflict.keepMine')}
        </Button>
        <Button
          className="button"
          aria-disabled={sharing.busy}
          onPress={() => choose('takeTheirs')}
          data-testid="conflict-take-theirs"
        >
          {t('sharing.conflict.takeTheirs')}
        </Button>
        <Button
          className="button"
          aria-disabled={sharing.busy}
          onPress={() => choose('keepBoth')}
          data-testid="conflict-keep-both"
        >
          {t('sharing.conflict.keepBoth')}
        </Button>
        <Button className="button button-quiet" onPress={() => sharing.closeConflict()}>
          {t('sharing.conflict.later')}
        </Button>
      </div>
      <p className="muted">{t('sharing.conflict.explain', { version: theirs.version })}</p>
      {/* Keeping both is a copy like a plan file's "Als kopie toevoegen": the same people, hours counted twice. */}
      <p className="muted" data-testid="conflict-copy-note">
        {t('exchange.copyNote')}
      </p>
    </div>
  );
});

/**
 * One fact of one side. Of a plan this planner cannot read nothing is known but its name:
 * say that, rather than 0 functions and nobody, which would read as an empty team.
 */
function Fact({ side, children }: { side: { readable: boolean }; children: ReactNode }) {
  const t = useT();
  return <td>{side.readable ? children : <span className="muted">{t('sharing.conflict.unreadable')}</span>}</td>;
}
