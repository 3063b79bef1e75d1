import { observer } from 'mobx-react-lite';
import { Button } from 'react-aria-components';
import { createFunctionCommand } from './functionCommands.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import { omittedFunctions, proposeFunctions, type ProposalReason } from './proposeFunctions.js';
import { useStores } from '../app/StoreContext.js';
import { functionFromTemplate } from '../../shared/catalogue/functionFromTemplate.js';
import { focusFunction } from './focusFunction.js';
import { functionWithSameName } from '../../shared/catalogue/functionNameTaken.js';

const REASON: Record<ProposalReason, MessageKey> = {
  accessA1: 'proposal.accessA1',
  core: 'proposal.core',
  collective: 'proposal.collective',
  youth: 'proposal.youth',
  elderly: 'proposal.elderly',
  solve: 'proposal.solve',
  refer: 'proposal.refer',
  crisisTeam: 'proposal.crisisTeam',
  crisisShell: 'proposal.crisisShell',
  custom: 'proposal.custom',
};

/**
 * Functions the design answers point to, each proposed in the team or in the shell; one
 * click adds it, and the focus goes to it in the list of the team's functions below. A
 * proposal whose name another function of the scenario already reads (an own "Casusregie")
 * cannot be added by the store's rule (`functionWithSameName`): it is shown with that
 * function's name and what to do, without a button that would only be refused.
 */
export const ProposedFunctions = observer(function ProposedFunctions() {
  const root = useStores();
  const { plan, catalogue, ui } = root;
  const t = useT();
  // The team's fields and the functions, not the plan: an edit elsewhere on the screen
  // (a person's hours, the leader) does not render the proposals again.
  const team = plan.openTeam;
  const scenarioId = plan.openScenarioId;
  if (!team || !scenarioId) return null;
  const functions = plan.functions;
  const present = new Set(functions.map((f) => f.templateKey));
  const proposals = proposeFunctions(team, catalogue.catalogue.functionTemplates);
  const missing = proposals.filter((p) => !present.has(p.templateKey));
  // The function that already has a proposal's name, by the one rule of the store.
  const sameNamed = (templateKey: string) => {
    const name = catalogue.templateByKey.get(templateKey)?.name[ui.lang] ?? '';
    return functionWithSameName({ id: '', name, templateKey }, functions, catalogue.templateNames);
  };
  const omitted = omittedFunctions(team, catalogue.catalogue.functionTemplates);
  return (
    <section className="proposals" aria-labelledby="proposals-title" data-testid="proposals">
      <h2 id="proposals-title">{t('proposal.title')}</h2>
      <p className="muted">{t('proposal.intro')}</p>
      {missing.length === 0 ? (
        <p className="muted">{t('proposal.allPresent')}</p>
      ) : (
        <ul className="proposal-list">
          {missing.map((p) => {
            const template = catalogue.templateByKey.get(p.templateKey);
            if (!template) return null;
            // The proposal goes once added, with its button: the new function in the team's list takes the focus.
            const add = () =>
              void root.execute(
                createFunctionCommand(
                  root,
                  scenarioId,
                  {
                    ...functionFromTemplate(template, template.name[ui.lang]),
                    placement: p.placement,
                    hoursRequired: p.placement === 'team' ? template.defaultHours : 0,
                  },
                  focusFunction(ui),
                ),
              );
            const taken = sameNamed(p.templateKey);
            if (taken) {
              return (
                <li key={p.templateKey} className="proposal proposal-omitted" data-template={p.templateKey}>
                  <div>
                    <strong>{template.name[ui.lang]}</strong> <span className="tag">{t('proposal.nameInUse')}</span>
                    <p className="muted">
                      {t('proposal.nameInUseReason', { name: catalogue.functionName(taken, ui.lang) })}
                    </p>
                  </div>
                </li>
              );
            }
            return (
              <li key={p.templateKey} className="proposal" data-template={p.templateKey}>
                <div>
                  <strong>{template.name[ui.lang]}</strong>{' '}
                  <span className={`tag tag-${p.placement}`}>
                    {p.placement === 'team' ? t('placement.team') : t('placement.shell')}
                  </span>
                  <p className="muted">{t(REASON[p.reason])}</p>
                </div>
                <Button
                  className="button button-small"
                  onPress={add}
                  aria-label={t('proposal.addLabel', { fn: template.name[ui.lang] })}
                >
                  {t('proposal.add')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {omitted.length > 0 && (
        <ul className="proposal-list" data-testid="proposals-omitted">
          {omitted.map((o) => (
            <li key={o.templateKey} className="proposal proposal-omitted" data-omitted={o.templateKey}>
              <div>
                <strong>{catalogue.templateByKey.get(o.templateKey)?.name[ui.lang]}</strong>{' '}
                <span className="tag">{t('proposal.notProposed')}</span>
                <p className="muted">{t('proposal.accessA2')}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
