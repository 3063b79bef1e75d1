/**
 * Dutch texts of the pool's extra actions: importing professionals from a spreadsheet
 * (with its template) and the personal-data rights (inzage, wissen). The English section
 * `../en/people.ts` has the same keys.
 */
export const people = {
  'people.import.open': 'Importeren',
  'people.import.title': 'Professionals importeren',
  'people.import.intro':
    'Voeg veel mensen tegelijk toe vanuit een spreadsheet: een CSV-bestand of een Excel-bestand (.xlsx). De eerste rij bevat de kolomnamen. Naam en discipline zijn verplicht. De naam mag in één kolom staan ({name}) of in drie ({nameParts}): die voegt de planner samen, en de kolom {infix} mag leeg blijven of ontbreken. Organisatie, binding, contracturen, vakkennis, beoordelingsdatum en het niveau (0-4) per competentie mogen leeg blijven.',
  'people.import.template': 'Voorbeeldbestand downloaden',
  'people.import.templateHint':
    'Het voorbeeldbestand heeft precies de kolommen die de planner leest, met één voorbeeldrij. Vervang die rij door uw eigen mensen.',
  'people.import.choose': 'Bestand kiezen (.csv of .xlsx)',
  'people.import.chooseOther': 'Ander bestand kiezen',
  'people.import.file': 'Bestand: {name}',
  'people.import.reading': 'Het bestand wordt gelezen…',
  'people.import.checking': 'Het bestand wordt gecontroleerd…',
  'people.import.wrongType': '{name} is geen CSV- of Excel-bestand. Kies een bestand dat eindigt op .csv of .xlsx.',
  'people.import.unreadable': 'Het bestand {name} kon niet worden gelezen. Probeer het opnieuw.',
  'people.import.ready_one': 'Er wordt {count} professional toegevoegd.',
  'people.import.ready_other': 'Er worden {count} professionals toegevoegd.',
  'people.import.nameCombined': 'De namen zijn samengesteld uit de kolommen {columns}, bijvoorbeeld ‘{example}’.',
  'people.import.ownDisciplines_one':
    'Eén discipline staat niet in de lijst van de planner en wordt als eigen discipline opgeslagen: {disciplines}. Is de spelling niet goed, verbeter die dan eerst in het bestand.',
  'people.import.ownDisciplines_other':
    '{count} disciplines staan niet in de lijst van de planner en worden als eigen discipline opgeslagen: {disciplines}. Is een spelling niet goed, verbeter die dan eerst in het bestand.',
  'people.import.ownDiscipline_one': '‘{name}’ (1 persoon)',
  'people.import.ownDiscipline_other': '‘{name}’ ({count} personen)',
  'people.import.blocked':
    'Er wordt niets opgeslagen zolang het bestand fouten bevat. Verbeter de fouten hieronder in uw spreadsheet en kies het bestand opnieuw.',
  'people.import.goodRows_one': '{count} rij is in orde, maar wordt pas toegevoegd als het hele bestand klopt.',
  'people.import.goodRows_other': '{count} rijen zijn in orde, maar worden pas toegevoegd als het hele bestand klopt.',
  'people.import.errorsTitle': 'Fouten in het bestand',
  'people.import.row': 'Rij',
  'people.import.column': 'Kolom',
  'people.import.problem': 'Wat er mis is',
  'people.import.commit': 'Toevoegen',
  'people.import.committing': 'De professionals worden toegevoegd…',
  'people.import.done_one': '{count} professional is toegevoegd aan de pool.',
  'people.import.done_other': '{count} professionals zijn toegevoegd aan de pool.',

  'people.template.fileName': 'professionals-voorbeeld.csv',
  'people.template.name': 'Naam',
  'people.template.discipline': 'Discipline',
  'people.template.organisation': 'Organisatie',
  'people.template.binding': 'Binding',
  'people.template.contractHours': 'Contracturen',
  'people.template.expertise': 'Vakkennis',
  'people.template.assessedOn': 'Beoordeeld op',
  'people.template.firstName': 'Voornaam',
  'people.template.infix': 'Tussenvoegsel',
  'people.template.lastName': 'Achternaam',
  'people.template.exampleName': 'Sam Voorbeeld',
  'people.template.exampleOrganisation': 'Stichting Welzijn Voorbeeldstad',

  'people.privacy.title': 'Persoonsgegevens (AVG)',
  'people.privacy.intro':
    'De planner bewaart over {name}: naam, discipline, moederorganisatie, binding, contracturen, vakkennis, de datum van de laatste beoordeling, het niveau per competentie en in welke teams, scenario’s en functies {name} staat, met de uren.',
  'people.privacy.download': 'Gegevens downloaden (inzage)',
  'people.privacy.downloadHint': 'Een JSON-bestand met al deze gegevens, voor een verzoek om inzage.',
  'people.privacy.fileName': 'persoonsgegevens-{name}-{date}.json',
  'people.privacy.erase': 'Gegevens wissen',
  'people.privacy.eraseHint':
    'Wist {name} overal, voor een verzoek om verwijdering. Dit kan niet ongedaan worden gemaakt.',
  'people.privacy.eraseTitle': '{name} overal wissen?',
  'people.privacy.eraseBody':
    '{name} verdwijnt nu uit de pool en uit alle teams en scenario’s, met alle beoordelingen. Dit kan niet ongedaan worden gemaakt, en eerdere wijzigingen daarna ook niet meer. Reservekopieën van vóór het wissen bevatten {name} nog: uiterlijk 30 dagen na het wissen ruimt de planner die op, als de planner in die tijd wordt gebruikt. Moet het meteen, verwijder dan zelf de oudere bestanden in {folder}.',
  'people.privacy.backupFolder': 'de map met reservekopieën ({path})',
  'people.privacy.backupFolderUnknown': 'de map backups in de gegevensmap van de planner',
  'people.privacy.eraseConfirm': 'Definitief wissen',
  'people.privacy.erased': 'De gegevens van {name} zijn gewist.',
} as const;
