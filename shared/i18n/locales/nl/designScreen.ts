/**
 * The design screen's own texts: citations of the two source articles, the team's own
 * notes on its model, and the editors for the voorliggend veld, the leidinggevende, focus
 * and mandate, and consultation arrangements.
 */
export const designScreen = {
  'designScreen.source': 'Bron: {article}, ‘{section}’',
  'designScreen.withSource': '{text} (Bron: {article}, ‘{section}’)',
  'designScreen.article.hu2014': 'De Waal e.a. (Hogeschool Utrecht)',
  'designScreen.article.movisie2017': 'Integraal werken in de wijk (2017)',
  'designScreen.sources.title': 'Over de bronnen',
  'designScreen.sources.intro':
    'Wat de planner over organisatietypen, teammodellen en ontwerpvragen zegt, gaat terug op deze twee artikelen; elke uitspraak noemt het artikel en het onderdeel. Wat niet uit de bronnen komt, staat er als eigen notitie van het team of als eigen indeling van de planner.',
  'designScreen.sources.entry': '{authors}. {title}. {origin}.',
  'designScreen.sources.sections': 'Gebruikte onderdelen:',

  'designScreen.add': 'Toevoegen',
  'designScreen.remove': 'Verwijderen',
  'designScreen.removeNamed': '{name} verwijderen',

  'designScreen.own.title': 'Eigen notities van dit team',
  'designScreen.own.invitation':
    'Schrijf hier uw eigen voor- en nadelen van dit model op. De planner toont ze als notitie van dit team, niet als uitspraak van de bronnen.',
  'designScreen.own.label': 'Eigen notitie',
  'designScreen.own.pros': 'Eigen voordelen',
  'designScreen.own.cons': 'Eigen nadelen',
  'designScreen.own.newPro': 'Nieuw eigen voordeel',
  'designScreen.own.newCon': 'Nieuw eigen nadeel',
  'designScreen.own.removeLabel': 'Eigen notitie ‘{text}’ verwijderen',

  'designScreen.frontField.title': 'Voorliggend veld',
  'designScreen.frontField.explain':
    'In model A2 vangen het voorliggend veld en de eerste lijn de eenvoudige hulpvragen van inwoners op; wordt hun problematiek ingewikkelder, dan melden professionals uit dat veld hen bij het team aan.',
  'designScreen.frontField.explainOther':
    'Hier legt u de partners vast die inwoners bij dit team aanmelden, elk met hun aanmeldroute.',
  'designScreen.frontField.notShell':
    'De schil is iets anders: de specialisten rond het team naar wie het team doorverwijst.',
  'designScreen.frontField.a2':
    'Bij een A2-team komen de casussen via deze partners binnen; de aansluiting op het voorliggend veld is daarom extra belangrijk.',
  'designScreen.frontField.ownKinds':
    'De soorten partner zijn een eigen indeling van de planner; de bronnen noemen alleen ‘het voorliggend veld en de eerste lijn’.',
  'designScreen.frontField.empty': 'Nog geen partners in het voorliggend veld vastgelegd.',
  'designScreen.frontField.name': 'Partner',
  'designScreen.frontField.kind': 'Soort partner',
  'designScreen.frontField.route': 'Aanmeldroute (wie meldt aan, waar en hoe snel)',
  'designScreen.frontField.newName': 'Naam van een nieuwe partner',
  'designScreen.frontField.add': 'Partner toevoegen',

  'designScreen.leader.title': 'Leidinggevende',
  'designScreen.leader.explain':
    'Een integraal team heeft een eigen leidinggevende. Die legt (functioneel of hiërarchisch) verantwoording af aan de gemeente, het consortium of beide.',
  'designScreen.leader.none': 'Nog geen leidinggevende vastgelegd.',
  'designScreen.leader.add': 'Leidinggevende vastleggen',
  'designScreen.leader.remove': 'Leidinggevende weghalen',
  'designScreen.leader.fromPool': 'Professional uit de pool',
  'designScreen.leader.nobody': 'Niemand uit de pool',
  'designScreen.leader.name': 'Naam (of typ een naam van buiten de pool)',
  'designScreen.leader.accountableTo': 'Legt verantwoording af aan',
  'designScreen.leader.notYet': 'Nog niet gekozen',
  'designScreen.leader.spanPeople': 'Geeft in totaal leiding aan (personen)',
  'designScreen.leader.spanFte': 'Geeft in totaal leiding aan (fte)',
  'designScreen.leader.spanHint':
    'Leeg laten betekent: alleen de leden van dit team (nu {people} personen, {fte} fte).',
  'designScreen.leader.spanLimit': 'Eigen grens voor de controle (personen)',
  'designScreen.leader.spanLimitHint': 'Dit is uw eigen drempel; de bronnen noemen geen getal.',

  'designScreen.focus.title': 'Doelgroepen en mandaat',
  'designScreen.targetGroups.label': 'Doelgroepen, in uw eigen woorden',
  'designScreen.targetGroups.empty': 'Het team is niet toegespitst op bepaalde doelgroepen.',
  'designScreen.targetGroups.new': 'Nieuwe doelgroep',
  'designScreen.mandate.label': 'Terreinen waarop het team zelf mag beslissen',
  'designScreen.mandate.ownList':
    'Deze levensgebieden zijn een eigen indeling van de planner; de bronnen noemen ‘alle levensgebieden’ maar geven geen lijst.',

  'designScreen.consult.title': 'Consultatieafspraken',
  'designScreen.consult.explain':
    'Per vakgebied dat het team zelf niet (genoeg) in huis heeft: bij wie het team te rade gaat, met welke afspraak en hoe snel.',
  'designScreen.consult.lacking':
    'Functies vragen om kennis die niemand in het team heeft en waarvoor nog geen afspraak is: {list}.',
  'designScreen.consult.empty': 'Nog geen consultatieafspraken.',
  'designScreen.consult.add': 'Afspraak toevoegen',
  'designScreen.consult.expertise': 'Vakgebied',
  'designScreen.consult.organisation': 'Organisatie',
  'designScreen.consult.contact': 'Contactpersoon',
  'designScreen.consult.responseTime': 'Reactietijd',
  'designScreen.consult.arrangement': 'Afspraak',
} as const;
