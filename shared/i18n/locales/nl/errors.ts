/**
 * What the store, the dispatcher and the hosts answer when a call fails (db/, shared/api,
 * electron/ and webhost/ where they make an ApiError): what happened and what to do next.
 */
export const errors = {
  'apiError.unknownMethod': 'Onbekende opdracht.',
  'apiError.internal':
    'Er ging iets onverwachts mis. Uw gegevens zijn niet gewijzigd. Probeer het opnieuw of start de planner opnieuw.',
  'apiError.constraint':
    'Deze wijziging past niet bij wat er is opgeslagen. Er is niets gewijzigd. Vernieuw het overzicht en probeer het opnieuw.',
  'apiError.notFound': '{thing} ‘{id}’ bestaat niet (meer). Vernieuw het overzicht en probeer het opnieuw.',

  'thing.team': 'Het team',
  'thing.scenario': 'Het scenario',
  'thing.function': 'De functie',
  'thing.professional': 'De professional',
  'thing.assignment': 'Deze toewijzing',
  'thing.competency': 'De eigen competentie',
  'thing.template': 'Het eigen functiesjabloon',
  'thing.backup': 'De reservekopie',

  'storeOpen.alreadyOpen':
    'De planner is al geopend met de gegevensmap {dir} (in een ander venster of programma). Sluit dat eerst en probeer het dan opnieuw.',
  'storeOpen.newerVersion':
    'Deze gegevens zijn gemaakt met een nieuwere versie van de planner (gegevensversie {found}; deze versie kent tot en met {supported}). Er is niets gewijzigd. Installeer de nieuwste versie van de planner.',
  'storeOpen.readOnly':
    'De planner kan niet schrijven in de gegevensmap {dir}. Geef schrijfrechten op deze map of kies een andere map met --data-dir.',
  'storeOpen.diskFull':
    'De schijf van de gegevensmap {dir} is vol. Er is niets gewijzigd. Maak ruimte vrij en start de planner opnieuw.',
  'storeOpen.unreadable':
    'De gegevens in {dir} konden niet worden geopend. Er is niets gewijzigd of verwijderd. Start de planner opnieuw; lukt dat niet, neem dan contact op met uw beheerder.',

  'storage.diskFull':
    'De schijf is vol: de wijziging is niet opgeslagen en er is niets verloren gegaan. Maak ruimte vrij en probeer het opnieuw.',
  'storage.readOnly':
    'De gegevens kunnen niet worden opgeslagen omdat de gegevensmap alleen-lezen is. Er is niets verloren gegaan. Controleer de schrijfrechten.',
  'storage.busy':
    'De gegevens zijn even bezet door een ander programma. Er is niets gewijzigd. Probeer het zo opnieuw.',
  'storage.corrupt':
    'Het gegevensbestand lijkt beschadigd. Er is niets gewijzigd. Start de planner opnieuw; die zet een beschadigd bestand apart en biedt de laatste reservekopie aan.',
  'storage.ioError':
    'De gegevens konden niet naar de schijf worden geschreven. De wijziging is niet opgeslagen. Controleer de schijf en probeer het opnieuw.',
  'storage.closed': 'De planner is gesloten. Start de planner opnieuw.',
  'storage.restoring': 'Er wordt een reservekopie teruggezet. Wacht even en probeer het dan opnieuw.',

  'backupError.createFailed':
    'De reservekopie kon niet worden gemaakt in {dir}. Uw gegevens zelf zijn niet gewijzigd. Controleer of de map backups bestaat en of de planner daarin mag schrijven.',
  'backupError.restoreFailed':
    'De reservekopie kon niet worden teruggezet. Controleer de gegevensmap en probeer het opnieuw; de kopie van vóór het terugzetten staat bij de reservekopieën.',
  'backupError.damaged':
    'Deze reservekopie is beschadigd en kan niet worden teruggezet. Er is niets gewijzigd. Kies een andere reservekopie.',
  'backupError.newer':
    'Deze reservekopie is gemaakt door een nieuwere versie van de planner en kan met deze versie niet worden teruggezet. Er is niets gewijzigd. Kies een andere reservekopie, of zet hem terug na het bijwerken van de planner.',

  'startupNotice.movedAsideWithBackup':
    'Het gegevensbestand was beschadigd of geen bestand van de planner. Het is niet gewist maar apart gezet als {file}, en de planner is met een nieuw, leeg bestand begonnen. Zet via Reservekopieën de laatste goede reservekopie terug (van {backupDate}).',
  'startupNotice.movedAsideNoBackup':
    'Het gegevensbestand was beschadigd of geen bestand van de planner. Het is niet gewist maar apart gezet als {file}, en de planner is met een nieuw, leeg bestand begonnen. Er is geen bruikbare reservekopie gevonden. Bewaar het apart gezette bestand en vraag uw beheerder om hulp.',

  'catalogueError.competencyKeyTaken':
    'Er bestaat al een competentie met de sleutel ‘{key}’ ({name}). Kies een andere sleutel.',
  'catalogueError.competencyNameTaken': 'Er bestaat al een competentie met de naam ‘{name}’. Kies een andere naam.',
  'catalogueError.competencyBuiltIn': '‘{name}’ hoort bij het competentieprofiel en kan niet worden verwijderd.',
  'catalogueError.competencyInUse':
    '‘{name}’ wordt nog gebruikt (eisen: {requirements}, beoordelingen: {ratings}). Haal die eerst weg.',
  'catalogueError.templateNameTaken': 'Er bestaat al een functie met de naam ‘{name}’. Kies een andere naam.',
  'catalogueError.templateBuiltIn': '‘{name}’ hoort bij de ingebouwde functies en kan niet worden verwijderd.',

  'professionalError.alreadyBack': '{name} staat al (weer) in de pool. Er is niets gewijzigd.',
  'teamError.nameTaken': 'Er is al een team met de naam ‘{name}’. Kies een andere naam.',
  'functionError.nameTaken':
    'Dit scenario heeft al een functie met de naam ‘{name}’. Kies een andere naam: het vergelijken van scenario’s zoekt functies op hun naam.',
  'functionError.alreadyBack': 'De functie ‘{name}’ staat al (weer) in het scenario. Er is niets gewijzigd.',
  'scenarioError.nameTaken': 'Dit team heeft al een scenario met de naam ‘{name}’. Kies een andere naam.',
  'scenarioError.mainCannotBeDeleted':
    'Het hoofdscenario kan niet worden verwijderd. Maak eerst een ander scenario het hoofdscenario, of verwijder het hele team.',

  'planImport.invalid_one': 'Dit teamplan kan niet worden ingelezen (1 fout). Fout bij {place}: {text}.',
  'planImport.invalid_other':
    'Dit teamplan kan niet worden ingelezen ({count} fouten). Eerste fout bij {place}: {text}.',
  'planImport.invalidFile': 'Dit teamplan kan niet worden ingelezen: {text}.',
  'planImport.notAPlan': 'Dit is geen teamplan.',

  'importFile.unreadableCsv':
    'Het bestand kon niet worden gelezen als CSV-bestand. Er is niets geïmporteerd. Sla het op als CSV-bestand en probeer het opnieuw.',
  'importFile.unreadableXlsx':
    'Het bestand kon niet worden gelezen als Excel-bestand (.xlsx). Er is niets geïmporteerd. Sla het op als Excel-bestand (.xlsx) en probeer het opnieuw.',
  'importFile.notBase64': 'Het bestand is niet goed doorgegeven (geen base64). Probeer het opnieuw.',
  'importFile.tooManyRows':
    'Het bestand heeft {rows} rijen; de planner leest er hoogstens {max} in één keer. Splits het bestand.',
  'importFile.rejected_one':
    'Er is niets geïmporteerd: het bestand bevat 1 fout, in rij {row}, kolom ‘{column}’: {text}.',
  'importFile.rejected_other':
    'Er is niets geïmporteerd: het bestand bevat {count} fouten. Eerste fout in rij {row}, kolom ‘{column}’: {text}.',

  'importRow.columnWithoutName': 'kolom zonder naam',
  'importRow.cellOutsideColumns':
    'deze rij heeft meer cellen dan er kolommen zijn: ‘{value}’ hoort bij geen kolom. Staat er een komma in een getal, zoals 24,5? Zet dan aanhalingstekens om dat getal, of gebruik puntkomma’s tussen de cellen.',
  'importRow.unknownColumn': 'onbekende kolom (geen veld of competentie)',
  'importRow.unknownColumnKnown':
    'onbekende kolom; de planner kent de kolommen {fields} (de naam mag ook in {nameParts}) en de competenties {competencies}',
  'importRow.columnTwice': 'deze kolom komt twee keer voor',
  'importRow.columnMissing': 'deze kolom ontbreekt',
  'importRow.nameColumnMissing':
    'deze kolom ontbreekt; de naam mag ook in twee kolommen staan, {firstName} en {lastName} (eventueel met {infix}): die voegt de planner samen',
  'importRow.namePartBesideName':
    'deze kolom kan niet naast de kolom ‘{name}’ staan: laat hem weg, of laat ‘{name}’ weg, dan voegt de planner {nameParts} samen tot de naam',
  'importRow.noProfessionals': 'het bestand bevat geen professionals',
  'importRow.notALevel': 'waarde ‘{value}’ is geen niveau 0-4',
  'importRow.disciplineRequired': 'discipline is verplicht',
  'importRow.disciplineTooLong': 'discipline is te lang (hoogstens 64 tekens)',
  'importRow.notABinding': 'waarde ‘{value}’ is geen ‘hiërarchisch’ of ‘functioneel’',
  'importRow.notHours': 'waarde ‘{value}’ is geen aantal uren van 0 tot en met 60',
  'importRow.unknownExpertise': '‘{value}’ is geen bekende vakkennis',
  'importRow.notADate': 'waarde ‘{value}’ is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)',
  'importRow.nameExists': '‘{value}’ staat al in de lijst met professionals',
  'importRow.nameTwiceInFile': '‘{value}’ staat ook al in rij {row}',
  'importRow.nameRequired': 'naam is verplicht',
  'importRow.nameTooLong': 'naam is te lang (hoogstens 200 tekens)',
  'importRow.organisationTooLong': 'organisatie is te lang (hoogstens 200 tekens)',
  'importRow.tooMuchExpertise': 'hoogstens 20 soorten vakkennis',
  'importRow.moreNotShown': 'niet alle fouten worden getoond (nog {rest} meer); is dit wel het goede bestand?',

  'hostError.forbiddenSender': 'Dit verzoek komt niet van het venster van de planner en is geweigerd.',
  'hostError.windowClosed': 'Het venster van de planner is gesloten.',
  'hostError.unexpected': 'Er ging iets onverwachts mis. Probeer het opnieuw of start de planner opnieuw.',
  'hostError.fileTooLarge': '{file} is groter dan 20 MB en wordt niet geopend. Kies het juiste bestand.',
  'hostError.fileUnreadable':
    '{file} kon niet worden gelezen. Controleer of het bestand nog bestaat en of u het mag openen.',
  'hostError.fileNotSaved':
    '{file} kon niet worden opgeslagen. Kies een andere map of controleer of er schijfruimte is.',
  'hostError.printFailed': 'Afdrukken is niet gelukt. Controleer de printer of kies Afdrukken naar PDF.',
} as const;
