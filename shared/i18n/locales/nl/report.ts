/**
 * The report command (`npm run report`): its usage, argument and file errors, and every
 * fixed word of the text report. Statuses, severities and placements come from the
 * vocabulary.
 */
export const report = {
  'report.usage':
    'Gebruik: npm run report -- <teamplan.json> [--json] [--lang nl|en] [--suggestions N] [--today JJJJ-MM-DD] [--development K]\n' +
    '\n' +
    '  <teamplan.json>  het teamplanbestand; - leest het plan van standaardinvoer\n' +
    '  --json           machineleesbaar rapport (JSON) in plaats van tekst (npm run -s: alleen de JSON op standaarduitvoer)\n' +
    '  --lang nl|en     taal van het rapport en de foutmeldingen (standaard nl)\n' +
    '  --suggestions N  kandidaten per gat en aantal beste aanvullingen (standaard 3)\n' +
    '  --today DATUM    peildatum voor de leeftijd van beoordelingen (standaard vandaag)\n' +
    '  --development K  in plaats van het rapport: de beste K ontwikkelstappen (1-20) voor het team\n' +
    '\n' +
    'Afsluitcode: 0 rapport gemaakt, 2 fout in de invoer of de opdracht.',
  'report.args.unknownOption': 'onbekende optie: {option}',
  'report.args.needsValue': '{option} verwacht een waarde',
  'report.args.badLang': '--lang moet nl of en zijn',
  'report.args.badSuggestions': '--suggestions moet een heel getal van 0 tot en met 20 zijn',
  'report.args.badToday': '--today moet de vorm JJJJ-MM-DD hebben',
  'report.args.noFile': 'geef het teamplanbestand op',
  'report.args.twoFiles': 'geef precies één teamplanbestand op',
  'report.read.notFound': 'bestand niet gevonden',
  'report.read.isFolder': 'dit is een map, geen bestand',
  'report.read.noPermission': 'geen toestemming om dit bestand te lezen',
  'report.read.other': 'bestand kan niet worden gelezen',
  'report.stdin': '(standaardinvoer)',
  'report.internalError': 'interne fout van de planner: {detail}',

  'report.title': 'Dekkingsrapport – {team}',
  'report.titleWithScenario': 'Dekkingsrapport – {team} (scenario: {scenario})',
  'report.area': 'Gebied: {area} · {design}',
  'report.teamCoverage': 'Teamdekking: {percent} ({covered} van {total} eisen gedekt)',
  'report.teamNothingAsked': 'Teamdekking: {coverage} (de functies in het team stellen geen eisen)',
  'report.hours': 'Uren: {allocated} van {required} uur per week ingezet',
  'report.functions': 'Functies',
  'report.shellFunction':
    '{name} [{placement}] – het team verwijst door naar de specialistische schil; er zijn geen teamleden nodig',
  'report.teamFunction': '{name} [{placement}] – dekking {coverage}, {allocated} van {required} uur',
  'report.teamFunctionNothingAsked': '{name} [{placement}] – {coverage}, {allocated} van {required} uur',
  'report.members': 'Leden: {members}',
  'report.memberHours': '{name} ({hours} uur)',
  'report.noMembers': 'niemand',
  'report.noRequirements': 'geen competentie-eisen',
  'report.onePerson': 'rust op één persoon',
  'report.shortfall_one': 'tekort {count} niveau',
  'report.shortfall_other': 'tekort {count} niveaus',
  'report.overAllocated': 'Meer uren dan het contract',
  'report.noneOverAllocated': 'niemand',
  'report.hoursOfContract': '{name}: {allocated} van {contract} contracturen',
  'report.hoursOfContractElsewhere':
    '{name}: {allocated} van {contract} contracturen, waarvan {elsewhere} in andere teams',
  'report.profile': 'Teamprofiel (leden per niveau 0-4)',
  'report.profileBest': 'beste',
  'report.profileNeeded': 'nodig',
  'report.profileHolders': 'dragers',
  'report.expertise': 'Vakkennis',
  'report.none': '(geen)',
  'report.advice': 'Advies',
  'report.noAdvice': 'geen opmerkingen',
  'report.gaps': 'Wie dicht het gat?',
  'report.noGaps': 'geen gaten in de functies van het team',
  'report.noCandidates': 'niemand in de pool heeft dit niveau',
  'report.candidate_one': '{name} (niveau {rating}, dekt {count} eis, {free} uur vrij)',
  'report.candidate_other': '{name} (niveau {rating}, dekt {count} eisen, {free} uur vrij)',
  'report.candidateNoRoom_one':
    '{name} (niveau {rating}, dekt {count} eis, maar {free} uur vrij: minder dan de minimale {min} uur per plaatsing)',
  'report.candidateNoRoom_other':
    '{name} (niveau {rating}, dekt {count} eisen, maar {free} uur vrij: minder dan de minimale {min} uur per plaatsing)',
  'report.additions': 'Beste aanvullingen (stap voor stap)',
  'report.noAdditions': 'geen toevoeging dekt nog een eis',
  'report.addition_one': '{name} in {function}: +{count} eis, teamdekking daarna {after}',
  'report.addition_other': '{name} in {function}: +{count} eisen, teamdekking daarna {after}',
  'report.departures': 'Als iemand vertrekt',
  'report.noMembersToLose': 'het team heeft nog geen leden',
  'report.departureLoss_one': '{name}: {count} eis gaat achteruit, teamdekking {before} → {after}',
  'report.departureLoss_other': '{name}: {count} eisen gaan achteruit, teamdekking {before} → {after}',
  'report.departureChange': '{function} – {competency}: {from} → {to}',
  'report.departureThin_one': '{name}: niets gaat verloren, maar {count} eis rust daarna op één persoon',
  'report.departureThin_other': '{name}: niets gaat verloren, maar {count} eisen rusten daarna op één persoon',
  'report.departureHarmless_one': 'Zonder gevolgen voor de dekking: {count} teamlid',
  'report.departureHarmless_other': 'Zonder gevolgen voor de dekking: {count} teamleden',
} as const;
