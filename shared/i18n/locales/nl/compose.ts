/**
 * Dutch texts of "Stel het team samen" (`npm run compose`, later the app's dialog).
 * The English section `../en/compose.ts` has the same keys.
 */
export const compose = {
  'compose.title': 'Teamsamenstelling voor {team}',
  'compose.status.optimal': 'Dit is de beste samenstelling: bewezen dat het niet beter kan.',
  'compose.status.feasible':
    'Dit is een goede samenstelling, maar de tijd was op voordat bewezen was dat het niet beter kan.',
  'compose.status.timeLimit': 'Binnen de tijd is geen samenstelling gevonden. Geef meer tijd met --time-limit.',
  'compose.status.infeasible': 'Er is geen samenstelling mogelijk binnen de grenzen die zijn gesteld.',
  'compose.stoppedAt': 'Gestopt bij: {tier} (hooguit {gap} van het best mogelijke).',
  'compose.stoppedAtNoGap': 'Gestopt bij: {tier}.',
  'compose.tier.coverage': 'de dekking van de eisen',
  'compose.tier.unfilledHours': 'de open uren',
  'compose.tier.objective': 'het doel (minste mensen of contracturen)',
  'compose.tier.assignments': 'het aantal toewijzingen',
  'compose.tier.hoursPolish': 'het verdelen van de uren',
  'compose.objective.people': 'zo min mogelijk mensen',
  'compose.objective.contractHours': 'zo min mogelijk contracturen',
  'compose.goal': 'Doel: {objective}',
  'compose.coverage': 'Teamdekking {percent}%: {covered} van {total} eisen gedekt',
  'compose.hours': '{allocated} van {required} uur per week ingevuld',
  'compose.people_one': '{count} persoon, samen {contract} contracturen',
  'compose.people_other': '{count} mensen, samen {contract} contracturen',
  'compose.greedy':
    'Ter vergelijking, stap voor stap kiezen: {covered} eisen gedekt, {people} mensen, {contract} contracturen',
  'compose.usedGreedy': 'De oplosser vond niets beters dan stap voor stap kiezen; die samenstelling staat hieronder.',
  'compose.members': 'Leden',
  'compose.member': '{name} ({organisation})',
  'compose.memberNoOrganisation': '{name}',
  'compose.assignment': '{function}: {hours} uur',
  'compose.noMembers': 'niemand',
  'compose.uncoverableTitle': 'Wat niemand in de pool kan dekken',
  'compose.uncoverableNone': 'niets: elke eis kan met deze pool gedekt worden',
  'compose.uncoverable.nobody': '{function}: niemand in de pool heeft {competency} op niveau {level}',
  'compose.uncoverable.tooFew_one':
    '{function}: {competency} op niveau {level} vraagt {needed} mensen, de pool heeft er maar één',
  'compose.uncoverable.tooFew_other':
    '{function}: {competency} op niveau {level} vraagt {needed} mensen, de pool heeft er maar {count}',
  'compose.uncoverable.noHours_one':
    '{function}: wie {competency} op niveau {level} heeft, heeft geen {hours} uur meer vrij',
  'compose.uncoverable.noHours_other':
    '{function}: van wie {competency} op niveau {level} heeft, hebben te weinig nog {hours} uur vrij (nodig: {count})',
  'compose.infeasibleBecause': 'Dit is onhaalbaar: {limit}',
  'compose.infeasibleTogether': 'Elke grens is apart haalbaar, maar samen niet: {limits}',
  'compose.limit.maxTeamSize_one': 'hooguit {count} persoon in het team',
  'compose.limit.maxTeamSize_other': 'hooguit {count} mensen in het team',
  'compose.limit.maxOrganisationShare': 'hooguit {percent}% van het team uit één moederorganisatie',
  'compose.limit.requiredDiscipline': 'minstens één {discipline} in het team',
  'compose.written': 'Teamplan geschreven naar {file}',
  'compose.cli.usage':
    'Gebruik: npm run compose -- <teamplan.json> [--json] [--objective people|contractHours] [--keep-members] [--time-limit SECONDEN] [--min-hours N] [--out BESTAND] [--lang nl|en]\n\n  <teamplan.json>      het teamplanbestand; - leest het plan van standaardinvoer\n  --json               machineleesbaar resultaat (JSON) in plaats van tekst\n  --objective DOEL     people: zo min mogelijk mensen (standaard); contractHours: zo min mogelijk contracturen\n  --keep-members       de huidige toewijzingen blijven staan; zonder deze optie wordt de hele pool opnieuw verdeeld\n  --time-limit SEC     hoe lang de oplosser mag zoeken (standaard 10 seconden)\n  --min-hours N        minimaal aantal uren per toewijzing (standaard 4)\n  --out BESTAND        schrijf de samenstelling als teamplan, te lezen met npm run report\n  --lang nl|en         taal van de uitvoer en de foutmeldingen (standaard nl)\n\nAfsluitcode: 0 samenstelling gemaakt, 2 fout in de invoer of de opdracht, 3 geen samenstelling mogelijk of gevonden.',
  'compose.cli.unknownOption': 'onbekende optie: {option}',
  'compose.cli.needsValue': '{option} verwacht een waarde',
  'compose.cli.badLang': '--lang moet nl of en zijn',
  'compose.cli.badObjective': '--objective moet people of contractHours zijn',
  'compose.cli.badTimeLimit': '--time-limit moet een getal groter dan 0 en hooguit 3600 zijn',
  'compose.cli.badMinHours': '--min-hours moet een getal groter dan 0 en hooguit 60 zijn',
  'compose.cli.noFile': 'geef het teamplanbestand op',
  'compose.cli.twoFiles': 'geef precies één teamplanbestand op',
  'compose.cli.readError.ENOENT': 'bestand niet gevonden',
  'compose.cli.readError.EISDIR': 'dit is een map, geen bestand',
  'compose.cli.readError.EACCES': 'geen toestemming om dit bestand te lezen',
  'compose.cli.readError.other': 'bestand kan niet worden gelezen',
  'compose.cli.writeError': 'kan niet schrijven naar {file}',
  'compose.cli.internalError': 'interne fout: {detail}',
} as const;
