/**
 * The development plan (shared/development, renderer/development, the XLSX, the print and
 * `npm run report -- --development`): which people to develop in what, and why.
 */
export const development = {
  'development.title': 'Ontwikkelplan',
  'development.intro':
    'Welke ontwikkelstappen sluiten de meeste eisen? Een stap is één niveau hoger op één competentie of vakkennis, voor iemand die in een functie met een open of kwetsbare eis werkt.',
  'development.adviceOnly':
    'Dit plan is een advies: het verandert geen enkele score. Pas als een nieuwe beoordeling iemands niveau vastlegt, telt de stap mee in de dekking.',
  'development.step.competency': '{name} van niveau {from} naar {to}',
  'development.step.expertise': '{name} (vakkennis) van niveau {from} naar {to}',
  'development.effect':
    '{function}: {before} → {after} (niveau {level}; dan {qualified} met dat niveau, {needed} nodig)',
  'development.effect.inTeam':
    '{team}, {function}: {before} → {after} (niveau {level}; dan {qualified} met dat niveau, {needed} nodig)',
  'development.effect.together': '{effect}, samen met {names}',
  'development.worksIn': 'Werkt in {functions}',
  'development.worksInTeam': '{team} ({functions})',
  'development.worksNowhere': 'Werkt in geen functie van het team',
  'development.summary_one':
    '1 stap. Eisen gesloten – {missing}: {closedMissing}, {partial}: {closedPartial}, {thin}: {closedThin} (score {score}).',
  'development.summary_other':
    '{count} stappen. Eisen gesloten – {missing}: {closedMissing}, {partial}: {closedPartial}, {thin}: {closedThin} (score {score}).',
  'development.summary.none': 'Geen stap sluit een eis binnen deze regels.',
  'development.proof.optimal': 'Bewezen de beste keuze van hoogstens {k} stappen.',
  'development.proof.greedyOptimal':
    'Stap voor stap gekozen; geen plan van {k} stappen kan meer dan {bound} scoren, dus dit is de beste keuze.',
  'development.proof.timeLimit':
    'De rekentijd was op voordat het beste plan bewezen was: dit plan scoort {score}, het beste hoogstens {bound}.',
  'development.proof.noSolver':
    'Stap voor stap gekozen (score {score}); het beste plan van {k} stappen scoort hoogstens {bound}.',
  'development.rules': 'Regels: {perPerson}; {assessed}; {excluded}.',
  'development.rules.excluded_one': '1 persoon niet meegenomen',
  'development.rules.excluded_other': '{count} mensen niet meegenomen',
  'development.rules.noneExcluded': 'niemand uitgesloten',
  'development.rules.perPerson_one': 'hoogstens 1 stap per persoon per jaar',
  'development.rules.perPerson_other': 'hoogstens {count} stappen per persoon per jaar',
  'development.rules.anyAssessment': 'iedereen, ook zonder recente beoordeling',
  'development.rules.assessedWithin_one': 'alleen wie in de laatste maand is beoordeeld',
  'development.rules.assessedWithin_other': 'alleen wie in de laatste {count} maanden is beoordeeld',
  'development.weights':
    'Score: 3 per ontbrekende eis die gedekt wordt, 2 per deels gedekte, 1 per kwetsbare eis die een tweede persoon krijgt.',

  'development.sheet.steps': 'Ontwikkelplan',
  'development.sheet.about': 'Toelichting',
  'development.column.person': 'Medewerker',
  'development.column.what': 'Ontwikkelen',
  'development.column.from': 'Van niveau',
  'development.column.to': 'Naar niveau',
  'development.column.worksIn': 'Werkt in',
  'development.column.closes': 'Wat het sluit',
  'development.column.about': 'Toelichting',
  'development.file': 'ontwikkelplan-{date}',

  'development.form.scope': 'Voor',
  'development.form.scope.all': 'Alle teams',
  'development.form.k': 'Aantal stappen (1-20)',
  'development.form.perPerson': 'Stappen per persoon per jaar',
  'development.form.months': 'Alleen beoordeeld in de laatste maanden (leeg: iedereen)',
  'development.form.exclude': 'Niet meenemen',
  'development.form.excludeSearch': 'Zoek op naam',
  'development.form.excludeMore': 'De eerste {shown} van {count} namen; typ verder om te kiezen.',
  'development.form.make': 'Maak plan',
  'development.form.export': 'Exporteren (XLSX)',
  'development.form.print': 'Afdrukken',
  'development.exported': '{file} is opgeslagen.',
  'development.exportFailed': 'Het werkblad kon niet worden gemaakt.',
  'development.busy': 'Het plan wordt berekend…',
  'development.failed': 'Het plan kon niet worden gemaakt: {reason}',
  'development.empty': 'Kies het aantal stappen en maak een plan.',
  'development.noTeams': 'Er is nog geen team.',
  'development.printTitle': 'Ontwikkelplan {scope}',
  'development.printFooter': '$t(app.title) · ontwikkelplan {scope} · gemaakt op {date}',
  'development.printedOn': 'Gemaakt op {date}',

  'development.person.title': 'Ontwikkeladvies',
  'development.person.none':
    'Geen stap voor {name} sluit nu een open of kwetsbare eis in de functies waarin {name} werkt.',
  'development.person.unavailable': 'de planner kon het niet berekenen.',
  'development.person.updating': 'Het advies wordt bijgewerkt voor de nieuwe niveaus…',
  'development.person.loading': 'Het ontwikkeladvies wordt berekend…',

  'development.cli.badK':
    'Het aantal ontwikkelstappen na --development moet een geheel getal van 1 tot en met 20 zijn.',
  'development.cli.heading_one': 'Ontwikkelplan (hoogstens 1 stap)',
  'development.cli.heading_other': 'Ontwikkelplan (hoogstens {count} stappen)',
} as const;
