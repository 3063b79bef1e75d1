/**
 * The editors of plan format 2's fields of a function, a person and the catalogue: vakkennis
 * with a level, life domains, consultation and escalation, team roles and their ratings.
 */
export const editors = {
  'edit.fn.details': 'Vakkennis, levensgebieden en route van {fn}',

  'edit.expertise.title': 'Vakkennis',
  'edit.expertise.intro':
    'Vakkennis die deze functie vraagt, met een minimaal niveau en een aantal mensen. ‘In deze functie’ telt alleen de mensen in deze functie, net als bij een competentie; ‘Ergens in het team’ is genoeg als iemand in het team het heeft.',
  'edit.expertise.caption': 'Vakkennis die {fn} vraagt',
  'edit.expertise.column': 'Vakkennis',
  'edit.expertise.level': 'Minimaal niveau',
  'edit.expertise.people': 'Aantal personen',
  'edit.expertise.scope': 'Waar',
  'edit.expertise.levelOf': 'Minimaal niveau voor {expertise}',
  'edit.expertise.peopleOf': 'Aantal personen voor {expertise}',
  'edit.expertise.scopeOf': 'Waar {expertise} moet zitten',
  'edit.expertise.remove': 'Vakkennis {expertise} verwijderen',
  'edit.expertise.add': 'Vakkennis toevoegen',
  'edit.expertise.choose': 'Kies vakkennis',
  'edit.expertise.none': 'Deze functie vraagt nog geen vakkennis.',

  'edit.lifeDomains.label': 'Levensgebieden waar deze functie zich op richt',
  'edit.lifeDomains.hint':
    'Deze lijst van levensgebieden is een eigen indeling van de planner; de bronnen noemen ‘alle levensgebieden’ maar geven geen vaste lijst.',

  'edit.consultation.title': 'Wie raadplegen we?',
  'edit.consultation.intro':
    'Deze functie ligt in de schil: het team doet dit niet zelf. Leg vast bij wie het team terechtkan en wat er is afgesproken.',
  'edit.consultation.organisation': 'Organisatie',
  'edit.consultation.organisationHint':
    'Zonder organisatie wordt niets bewaard; maak het veld leeg om de afspraak weg te halen.',
  'edit.consultation.contact': 'Contactpersoon',
  'edit.consultation.arrangement': 'Afspraak',
  'edit.consultation.responseTime': 'Reactietijd',

  'edit.escalation.label': 'Hoe gaat zwaardere problematiek naar de schil?',
  'edit.escalation.hint': 'Bijvoorbeeld: wie schakelt de specialist in, bij welke signalen en hoe snel.',

  'edit.held.title': 'Vakkennis',
  'edit.held.caption': 'Vakkennis van {name}',
  'edit.held.column': 'Vakkennis',
  'edit.held.level': 'Niveau',
  'edit.held.assessedOn': 'Beoordeeld op',
  'edit.held.levelOf': 'Niveau voor {expertise}',
  'edit.held.assessedOnOf': '{expertise}: beoordeeld op',
  'edit.held.remove': 'Vakkennis {expertise} verwijderen',
  'edit.held.add': 'Vakkennis toevoegen',
  'edit.held.choose': 'Kies vakkennis',
  'edit.held.none': 'Nog geen vakkennis vastgelegd.',

  'edit.roles.title': 'Teamrollen',
  'edit.roles.intro': 'Hoe vanzelfsprekend elke teamrol deze persoon afgaat, op dezelfde schaal van 0 tot en met 4.',
  'edit.roles.column': 'Teamrol',
  'edit.roles.ratingOf': 'Teamrol {role}',
  'edit.roles.empty': 'Er zijn geen teamrollen vastgelegd. Voeg ze toe in de catalogus.',

  'edit.roleSet.title': 'Teamrollen',
  'edit.roleSet.intro':
    'Een kleine eigen set teamrollen van de planner om mee te beginnen, bewust geen bestaand (beschermd) teamrollenmodel. Maak er de rollen van die uw organisatie gebruikt; teamrollen versterken elkaar als ze elkaar aanvullen.',
  'edit.roleSet.nameNl': 'Nederlandse naam van {role}',
  'edit.roleSet.nameEn': 'Engelse naam van {role}',
  'edit.roleSet.remove': 'Teamrol {role} verwijderen',
  'edit.roleSet.removeHint':
    'Verwijderen haalt de rol ook weg bij de professionals die erop beoordeeld zijn. Dit is ongedaan te maken.',
  'edit.roleSet.new': 'Nieuwe teamrol',
  'edit.roleSet.nameTaken': 'Er bestaat al een teamrol met deze naam.',
  'edit.roleSet.add': 'Teamrol toevoegen',

  'edit.template.lifeDomainsOf': 'Levensgebieden: {domains}',
  'edit.template.lifeDomains': 'Levensgebieden',

  'edit.teamRole.keyTaken': 'Er bestaat al een teamrol ‘{name}’.',
  'edit.teamRole.nameTaken': 'Er bestaat al een teamrol met de naam ‘{name}’. Kies een andere naam.',
  'edit.teamRole.notFound': 'De teamrol ‘{key}’ bestaat niet (meer).',

  'edit.cmd.fnExpertise': 'Vakkennis van {name}',
  'edit.cmd.personExpertise': 'Vakkennis van {name}',
  'edit.cmd.personRoles': 'Teamrollen van {name}',
  'edit.cmd.roleAdd': 'Teamrol {name} toegevoegd',
  'edit.cmd.roleRename': 'Teamrol {name} hernoemd',
  'edit.cmd.roleRemove': 'Teamrol {name} verwijderd',

  'edit.import.expertiseLevel':
    'niveau ‘{value}’ bij vakkennis ‘{expertise}’ bestaat niet: gebruik 1 tot en met 4, bijvoorbeeld jeugd:3',
  'edit.import.syntax':
    'In de kolom Vakkennis staat per soort vakkennis de naam, eventueel met een niveau van 1 tot en met 4 na een dubbele punt, gescheiden door puntkomma’s of komma’s, bijvoorbeeld ‘jeugd:3; schulden’. Zonder niveau wordt het 2 (bekwaam).',
} as const;
