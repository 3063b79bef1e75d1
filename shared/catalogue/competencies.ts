import type { LocalText } from '../domain/text.js';

/**
 * A competency a function can require and a professional can be rated on. The
 * built-in ones come from the "Competentieprofiel generalist" (Wijland & De Goede,
 * 2012); users add their own with `builtIn: false`.
 */
export interface Competency {
  key: string;
  name: LocalText;
  description: LocalText;
  builtIn: boolean;
}

export const GENERALIST_PROFILE = {
  id: 'generalist-2012',
  name: {
    nl: 'Competentieprofiel generalist (Wijland & De Goede, 2012)',
    en: 'Generalist competency profile (Wijland & De Goede, 2012)',
  },
} as const;

function builtIn(key: string, nl: string, en: string, descNl: string, descEn: string): Competency {
  return { key, name: { nl, en }, description: { nl: descNl, en: descEn }, builtIn: true };
}

/** The 12 competencies of the generalist profile, in the profile's order. Descriptions are our own words. */
export const BUILT_IN_COMPETENCIES: readonly Competency[] = [
  builtIn(
    'adaptability',
    'Aanpassingsvermogen',
    'Adaptability',
    'Blijft goed werken als taken, collega’s of omstandigheden veranderen.',
    'Keeps working well when tasks, colleagues or circumstances change.',
  ),
  builtIn(
    'creativity',
    'Creativiteit',
    'Creativity',
    'Bedenkt eigen, onverwachte oplossingen voor vragen van bewoners.',
    'Comes up with original, unexpected answers to residents’ questions.',
  ),
  builtIn(
    'coaching',
    'Coachen',
    'Coaching',
    'Helpt bewoners en collega’s hun eigen kracht te vinden en te vergroten.',
    'Helps residents and colleagues find and grow their own strength.',
  ),
  builtIn(
    'conflict',
    'Conflicthantering',
    'Conflict handling',
    'Benoemt spanningen en tegengestelde belangen en komt tot een werkbare uitkomst.',
    'Names tensions and opposing interests and reaches a workable outcome.',
  ),
  builtIn(
    'daring',
    'Durf',
    'Daring',
    'Neemt weloverwogen risico’s, maakt lastige zaken bespreekbaar, stapt buiten het eigen vak waar nodig.',
    'Takes considered risks, raises hard subjects, steps outside their own field when needed.',
  ),
  builtIn(
    'flexibility',
    'Flexibel gedrag',
    'Flexible behaviour',
    'Past aanpak en stijl aan op de persoon en de situatie.',
    'Adjusts approach and style to the person and the situation.',
  ),
  builtIn(
    'empathy',
    'Inlevingsvermogen',
    'Empathy',
    'Begrijpt de leefwereld, gevoelens en behoeften van bewoners en collega’s.',
    'Understands the world, feelings and needs of residents and colleagues.',
  ),
  builtIn(
    'innovation',
    'Innoverend vermogen',
    'Innovative capacity',
    'Bedenkt nieuwe werkwijzen en voorzieningen, probeert ze uit en borgt ze.',
    'Invents, tries out and embeds new ways of working and facilities.',
  ),
  builtIn(
    'networking',
    'Netwerken',
    'Networking',
    'Bouwt en onderhoudt relaties in de wijk en met organisaties, en zet ze in.',
    'Builds and keeps relations in the area and with organisations, and uses them.',
  ),
  builtIn(
    'persuasion',
    'Overtuigingskracht',
    'Persuasiveness',
    'Krijgt anderen mee met argumenten en houding.',
    'Brings others along through arguments and attitude.',
  ),
  builtIn(
    'cooperation',
    'Samenwerken',
    'Cooperation',
    'Draagt bij aan een gezamenlijk resultaat over vakken en organisaties heen.',
    'Contributes to a shared result across disciplines and organisations.',
  ),
  builtIn(
    'selfdevelopment',
    'Zelfontwikkeling',
    'Self-development',
    'Kent eigen sterke en zwakke kanten en werkt aan groei.',
    'Knows own strengths and weaknesses and works on growing.',
  ),
];

export const BUILT_IN_COMPETENCY_KEYS: readonly string[] = BUILT_IN_COMPETENCIES.map((c) => c.key);

/** Keys of custom competencies: lower-case letters, digits and dashes, so they are safe in files and columns. */
export const COMPETENCY_KEY_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
