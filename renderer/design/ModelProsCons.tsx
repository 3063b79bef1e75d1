import { observer } from 'mobx-react-lite';
import { TEAM_MODEL_INFO, type ModelStatement } from '../../shared/catalogue/teamDesign.js';
import type { Team } from '../../shared/domain/schemas.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { OwnModelNotes } from './OwnModelNotes.js';
import { SourceLine } from './SourceLine.js';

/**
 * What the sources say about the chosen model, each statement with its source; where the
 * sources say nothing (domain and target-group teams) exactly that, and always the team's
 * own notes beside it, labelled as theirs.
 */
export const ModelProsCons = observer(function ModelProsCons({ team }: { team: Team }) {
  const { ui } = useStores();
  const t = useT();
  const info = TEAM_MODEL_INFO[team.model];
  return (
    <aside className="callout pros-cons" aria-labelledby="model-info-title" data-testid="model-pros-cons">
      <h2 id="model-info-title">{info.name[ui.lang]}</h2>
      <p data-testid="model-summary">
        {info.summary.text[ui.lang]} <SourceLine source={info.summary.source} />
      </p>
      {info.share2017 && (
        <p className="muted" data-testid="model-share">
          {info.share2017.text[ui.lang]} <SourceLine source={info.share2017.source} />
        </p>
      )}
      {info.noneInSources ? (
        <p className="none-in-sources" data-testid="none-in-sources">
          {info.noneInSources.text[ui.lang]} <SourceLine source={info.noneInSources.source} />
        </p>
      ) : (
        <>
          <StatementList title={t('design.pros')} statements={info.pros} testId="model-pros" />
          <StatementList title={t('design.cons')} statements={info.cons} testId="model-cons" />
        </>
      )}
      <OwnModelNotes team={team} />
    </aside>
  );
});

function StatementList({
  title,
  statements,
  testId,
}: {
  title: string;
  statements: readonly ModelStatement[];
  testId: string;
}) {
  const { ui } = useStores();
  return (
    <>
      <h3>{title}</h3>
      <ul className="statements" data-testid={testId}>
        {statements.map((s) => (
          <li key={s.text.nl} className="statement">
            {s.text[ui.lang]} <SourceLine source={s.source} />
            {s.caveat && (
              <span className="statement-caveat">
                {s.caveat.text[ui.lang]} <SourceLine source={s.caveat.source} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
