/**
 * Names for the parts of a team's set-up that plan format 2 added: life domains, team
 * roles, the voorliggend veld, the leader's accountability and how questions reach the
 * team. Used by the catalogue data in shared/catalogue/.
 */
export const teamSetup = {
  'setup.lifeDomain.income': 'Financiën en inkomen',
  'setup.lifeDomain.housing': 'Wonen',
  'setup.lifeDomain.work': 'Werk en dagbesteding',
  'setup.lifeDomain.physicalHealth': 'Lichamelijke gezondheid',
  'setup.lifeDomain.mentalHealth': 'Psychische gezondheid',
  'setup.lifeDomain.socialNetwork': 'Sociaal netwerk',
  'setup.lifeDomain.parenting': 'Opvoeden en opgroeien',
  'setup.lifeDomain.safety': 'Veiligheid',
  'setup.lifeDomain.dailyLiving': 'Huishouden en zelfzorg',
  'setup.lifeDomain.community': 'Samenleven in de wijk',
  'setup.teamRole.driver': 'Aanjager',
  'setup.teamRole.connector': 'Verbinder',
  'setup.teamRole.ideas': 'Ideeënbron',
  'setup.teamRole.organiser': 'Organisator',
  'setup.teamRole.finisher': 'Afmaker',
  'setup.teamRole.critic': 'Kritische toetser',
  'setup.frontFieldKind.firstLine': 'Eerste lijn',
  'setup.frontFieldKind.welfareDesk': 'Welzijnswerk of welzijnsloket',
  'setup.frontFieldKind.gp': 'Huisarts',
  'setup.frontFieldKind.school': 'School of kinderopvang',
  'setup.frontFieldKind.volunteers': 'Vrijwilligers- en informele zorg',
  'setup.frontFieldKind.other': 'Anders',
  'setup.accountableTo.municipality': 'De gemeente',
  'setup.accountableTo.consortium': 'Het consortium van instellingen',
  'setup.accountableTo.both': 'Gemeente en consortium',
  'setup.reach.all': 'Alle hulpvragen',
  'setup.reach.complex': 'Complexe en meervoudige hulpvragen',
  'setup.arrival.direct': 'Inwoners komen rechtstreeks',
  'setup.arrival.referred': 'Het voorliggend veld en de eerste lijn melden aan',
  'setup.arrival.both': 'Beide: rechtstreeks en via aanmelding',
  'setup.expertiseScope.function': 'In deze functie',
  'setup.expertiseScope.team': 'Ergens in het team',
} as const;
