import type { LocalText } from '../domain/text.js';

/**
 * The choices a team leader makes before anyone is placed: organisation type, model,
 * positioning, age groups and the three design questions. Keys are stable (they are
 * stored and exchanged in plan files); texts are ours, after docs/domain.md.
 */

export const ORGANISATION_TYPES = ['samenwerkingsverband', 'geintegreerd', 'integraal'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_INFO: Record<OrganisationType, { name: LocalText; summary: LocalText }> = {
  samenwerkingsverband: {
    name: { nl: 'Samenwerkingsverband', en: 'Partnership' },
    summary: {
      nl: 'Casus- of netwerkoverleg. Geen gedeelde verantwoordelijkheid, dus eigenlijk geen team.',
      en: 'Case or network consultation. No shared responsibility, so not really a team.',
    },
  },
  geintegreerd: {
    name: { nl: 'Geïntegreerd team', en: 'Integrated team' },
    summary: {
      nl: 'Vakmensen uit meerdere organisaties vormen samen één eenheid voor een gebied en blijven sterk aan hun eigen organisatie gebonden.',
      en: 'Professionals from several organisations form one unit for an area and stay closely tied to their own organisation.',
    },
  },
  integraal: {
    name: { nl: 'Integraal team', en: 'Integral team' },
    summary: {
      nl: 'Zelfsturend team met mandaat en één gedeelde visie, met een eigen teamleider. Leden zijn vooral functioneel aan hun moederorganisatie verbonden.',
      en: 'Self-directing, mandated team with one shared vision and its own leader. Members are tied to their mother organisation functionally rather than hierarchically.',
    },
  },
};

export const TEAM_MODELS = ['A1', 'A2', 'domain', 'targetGroup'] as const;
export type TeamModel = (typeof TEAM_MODELS)[number];

export interface TeamModelInfo {
  name: LocalText;
  summary: LocalText;
  /** Share of Dutch municipalities using this model in 2017, where known. */
  share2017: number | null;
  pros: readonly LocalText[];
  cons: readonly LocalText[];
}

export const TEAM_MODEL_INFO: Record<TeamModel, TeamModelInfo> = {
  A1: {
    name: { nl: 'A1 – breed integraal team voor alle vragen', en: 'A1 – broad integral team for all questions' },
    summary: {
      nl: 'Eén team voor alle inwoners en alle vragen, van 0 tot 100+.',
      en: 'One team for every resident and every question, ages 0 to 100+.',
    },
    share2017: 0.42,
    pros: [
      { nl: 'Inwoners hebben één duidelijk aanspreekpunt.', en: 'Residents have one clear point of contact.' },
      { nl: 'Teamleden leren breder te kijken dan hun eigen vak.', en: 'Members learn to look beyond their own field.' },
      {
        nl: 'Eén huishouden, één plan, één regisseur over de hele levensloop.',
        en: 'One household, one plan, one coordinator across the whole life span.',
      },
    ],
    cons: [
      {
        nl: 'Specialistische kennis (zoals jeugd) vraagt extra onderhoud; anders worden problemen gemist of wordt te laat geconsulteerd.',
        en: 'Specialist knowledge (such as youth) needs extra upkeep; otherwise problems are missed or advice is sought too late.',
      },
      {
        nl: 'Zwaardere problematiek blijft te lang in het team hangen.',
        en: 'Heavier problems stay in the team for too long.',
      },
    ],
  },
  A2: {
    name: {
      nl: 'A2 – breed integraal team voor complexe en meervoudige vragen',
      en: 'A2 – broad integral team for complex and multiple questions',
    },
    summary: {
      nl: 'Een team dat zich richt op complexe situaties; eenvoudige vragen gaan via het voorliggend veld.',
      en: 'A team focused on complex situations; simple questions go through the first line.',
    },
    share2017: 0.2,
    pros: [
      {
        nl: 'Tijd en aandacht voor complexe situaties en hun regie.',
        en: 'Time and focus for complex situations and their coordination.',
      },
      { nl: 'Bouwt voort op het bestaande voorliggend veld.', en: 'Builds on the existing first line.' },
      { nl: 'Specialistische kennis blijft op peil.', en: 'Specialist knowledge is kept up to date.' },
    ],
    cons: [
      { nl: 'Geen direct aanspreekpunt voor inwoners.', en: 'No direct point of contact for residents.' },
      {
        nl: 'Afhankelijk van het voorliggend veld om situaties aan te melden.',
        en: 'Depends on the first line to bring situations in.',
      },
      {
        nl: 'Kans op een probleemgerichte in plaats van een brede blik op het hele leven.',
        en: 'Risk of a problem-centred rather than a whole-life view.',
      },
    ],
  },
  domain: {
    name: { nl: 'Domeinspecifiek team', en: 'Domain-specific team' },
    summary: {
      nl: 'Een team voor één domein, zoals zorg of welzijn.',
      en: 'A team for one domain, such as care or welfare.',
    },
    share2017: null,
    pros: [{ nl: 'Diepe kennis van het eigen domein.', en: 'Deep knowledge of its own domain.' }],
    cons: [
      {
        nl: 'Vragen die meerdere domeinen raken vragen goede afspraken met andere teams.',
        en: 'Questions spanning several domains need good arrangements with other teams.',
      },
    ],
  },
  targetGroup: {
    name: { nl: 'Doelgroepspecifiek team', en: 'Target-group-specific team' },
    summary: {
      nl: 'Een team voor één doelgroep, zoals jeugd of kwetsbare inwoners.',
      en: 'A team for one target group, such as youth or vulnerable residents.',
    },
    share2017: null,
    pros: [{ nl: 'Gerichte kennis van de doelgroep.', en: 'Focused knowledge of the target group.' }],
    cons: [
      {
        nl: 'Huishoudens met vragen buiten de doelgroep krijgen te maken met meerdere teams.',
        en: 'Households with questions outside the target group deal with several teams.',
      },
    ],
  },
};

export const POSITIONINGS = ['municipality', 'singleProvider', 'consortium'] as const;
export type Positioning = (typeof POSITIONINGS)[number];

export const POSITIONING_INFO: Record<Positioning, { name: LocalText }> = {
  municipality: { name: { nl: 'Gemeente voert zelf uit', en: 'Run by the municipality itself' } },
  singleProvider: { name: { nl: 'Uitbesteed aan één aanbieder', en: 'Contracted to one provider' } },
  consortium: { name: { nl: 'Uitbesteed aan meerdere aanbieders (consortium)', en: 'Contracted to a consortium' } },
};

export const AGE_GROUPS = ['youth', 'adults', 'elderly'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const AGE_GROUP_INFO: Record<AgeGroup, { name: LocalText }> = {
  youth: { name: { nl: 'Jeugd (0-17)', en: 'Youth (0-17)' } },
  adults: { name: { nl: 'Volwassenen (18-64)', en: 'Adults (18-64)' } },
  elderly: { name: { nl: 'Ouderen (65+)', en: 'Older people (65+)' } },
};

/** Answers to the three design questions. Structured so advice can reason about them; notes are free text. */
export const BREADTH_SCOPES = ['all', 'focused'] as const;
export type BreadthScope = (typeof BREADTH_SCOPES)[number];
export const DEPTH_MODES = ['solve', 'signalAndRefer'] as const;
export type DepthMode = (typeof DEPTH_MODES)[number];
export const INTEGRATION_MODES = ['ownOrganisation', 'seconded', 'mandated'] as const;
export type IntegrationMode = (typeof INTEGRATION_MODES)[number];

export const DESIGN_QUESTIONS = {
  breadth: {
    question: { nl: 'Hoe breed?', en: 'How broad?' },
    help: {
      nl: 'Welke leefgebieden en doelgroepen bedient het team, en doet het ook collectieve arrangementen?',
      en: 'Which areas of life and target groups does the team serve, and does it do collective work too?',
    },
    options: {
      all: { nl: 'Alle leeftijden en doelgroepen', en: 'All ages and target groups' },
      focused: { nl: 'Gericht op een deel', en: 'Focused on a part' },
    } satisfies Record<BreadthScope, LocalText>,
  },
  depth: {
    question: { nl: 'Hoe ver?', en: 'How far?' },
    help: {
      nl: 'Lost het team zelf op, of signaleert en verwijst het naar de specialistische schil?',
      en: 'Does the team solve things itself, or signal and refer to the specialist shell?',
    },
    options: {
      solve: { nl: 'Zelf oplossen', en: 'Solve within the team' },
      signalAndRefer: { nl: 'Signaleren en doorverwijzen', en: 'Signal and refer' },
    } satisfies Record<DepthMode, LocalText>,
  },
  integration: {
    question: { nl: 'Hoe geïntegreerd?', en: 'How integrated?' },
    help: {
      nl: 'Werken leden vanuit hun eigen organisatie, zijn ze gedetacheerd, en hoeveel mandaat heeft het team?',
      en: 'Do members work from their own organisation, are they seconded, and how much mandate does the team have?',
    },
    options: {
      ownOrganisation: { nl: 'Vanuit de eigen organisatie', en: 'From their own organisation' },
      seconded: { nl: 'Gedetacheerd', en: 'Seconded' },
      mandated: { nl: 'Team met eigen mandaat', en: 'Team with its own mandate' },
    } satisfies Record<IntegrationMode, LocalText>,
  },
} as const;
