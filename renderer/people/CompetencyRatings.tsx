import { observer } from 'mobx-react-lite';
import { memo, useMemo } from 'react';
import type { CompetencyDto } from '../../shared/api/entities.js';
import type { Lang } from '../../shared/domain/text.js';
import type { Professional } from '../../shared/domain/schemas.js';
import { setRatingCommand } from './professionalCommands.js';
import { NOT_RATED, ratingOptions } from './levelOptions.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';

/**
 * A person's rating per competency of the profile, in the scale's words. Each row is
 * memoised on its own level: changing one rating renders that row's list, not the two dozen
 * react-aria Selects of the whole profile (docs/performance.md, tenth round).
 */
export const CompetencyRatings = observer(function CompetencyRatings({
  professionalId,
  ratings,
}: {
  professionalId: string;
  ratings: Professional['ratings'];
}) {
  const { catalogue, ui } = useStores();
  const t = useT();
  const options = useMemo(() => ratingOptions(t), [t]);
  return (
    <>
      <h3>{t('professionals.ratings')}</h3>
      <table className="table ratings" data-testid="ratings">
        <thead>
          <tr>
            <th scope="col">{t('reqEditor.competency')}</th>
            <th scope="col">{t('professionals.rating')}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.competencies.map((c) => (
            <RatingRow
              key={c.key}
              professionalId={professionalId}
              competency={c}
              level={ratings[c.key]}
              lang={ui.lang}
              options={options}
            />
          ))}
        </tbody>
      </table>
    </>
  );
});

interface RowProps {
  professionalId: string;
  competency: CompetencyDto;
  level: number | undefined;
  lang: Lang;
  options: readonly { id: string; label: string }[];
}

const RatingRow = memo(function RatingRow({ professionalId, competency: c, level, lang, options }: RowProps) {
  const root = useStores();
  const t = useT();
  return (
    <tr>
      <th scope="row">
        {c.name[lang]}
        <span className="muted block">{c.description[lang]}</span>
      </th>
      <td>
        <SelectField
          label={t('professionals.ratingOf', { competency: c.name[lang] })}
          hideLabel
          value={level === undefined ? NOT_RATED : String(level)}
          options={options}
          onChange={(id) =>
            void root.execute(setRatingCommand(root, professionalId, c.key, id === NOT_RATED ? null : Number(id)))
          }
        />
      </td>
    </tr>
  );
});
