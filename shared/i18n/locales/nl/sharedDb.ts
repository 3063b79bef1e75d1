/**
 * The optional shared municipal database: the administrator's command
 * (`npm run shared-db`) and the errors the planner's connection to it can give.
 */
export const sharedDb = {
  'sharedDb.usage':
    'Gebruik:\n' +
    '  npm run shared-db -- init --url postgres://beheerder@server/database\n' +
    '  npm run shared-db -- migrate --url postgres://beheerder@server/database\n' +
    '  npm run shared-db -- add-user --url postgres://beheerder@server/database --name NAAM --role team-leader|hr [--area GEBIED]\n' +
    '\n' +
    '  init      maakt de rollen en het schema van de gedeelde database aan (opnieuw uitvoeren kan geen kwaad)\n' +
    '  migrate   voert nieuwe schemastappen uit na een update van de planner\n' +
    '  add-user  geeft één persoon toegang als teamleider (met werkgebied) of als HR\n' +
    '  --lang nl|en  taal van de meldingen (standaard nl)\n' +
    '\n' +
    'Het wachtwoord van de beheerder komt uit het adres, uit PGPASSWORD of uit een pgpass-bestand.\n' +
    'add-user neemt het wachtwoord van de nieuwe gebruiker uit WTP_NEW_USER_PASSWORD, of maakt er een aan en toont het eenmalig.\n' +
    'Buiten deze computer is TLS met een geldig servercertificaat verplicht.\n' +
    '\n' +
    'Afsluitcode: 0 gelukt, 2 fout in de opdracht, 1 de database weigerde of was onbereikbaar.',
  'sharedDb.args.noCommand': 'geef een opdracht: init, migrate of add-user',
  'sharedDb.args.unknownCommand': 'onbekende opdracht: {command}',
  'sharedDb.args.unknownOption': 'onbekende optie: {option}',
  'sharedDb.args.needsValue': '{option} verwacht een waarde',
  'sharedDb.args.noUrl': 'geef het adres van de database met --url',
  'sharedDb.args.badLang': '--lang moet nl of en zijn',
  'sharedDb.args.noName': 'geef de inlognaam van de nieuwe gebruiker met --name',
  'sharedDb.args.badName':
    'de inlognaam mag alleen kleine letters, cijfers en _ bevatten (hoogstens 63 tekens) en niet met wtp_ of pg_ beginnen',
  'sharedDb.args.badRole': '--role moet team-leader of hr zijn',
  'sharedDb.args.noArea': 'een teamleider heeft een werkgebied nodig: --area',
  'sharedDb.args.hrNoArea': 'HR heeft geen werkgebied (HR leest alle teams): laat --area weg',
  'sharedDb.url.invalid': 'dit is geen geldig databaseadres; verwacht: postgres://gebruiker@server:5432/database',
  'sharedDb.url.incomplete': 'het databaseadres mist de server, de gebruiker of de naam van de database',
  'sharedDb.url.caUnreadable': 'het certificaatbestand {file} kan niet worden gelezen',
  'sharedDb.error.unreachable':
    'de gedeelde database is niet bereikbaar; er gaat niets verloren, probeer het later opnieuw',
  'sharedDb.error.serverNotFound':
    'de server is niet gevonden: controleer de naam van de server en de netwerkverbinding; er gaat niets verloren',
  'sharedDb.check.portClosed':
    'de server {server} neemt op poort {port} geen verbinding aan: controleer het poortnummer (meestal 5432) en vraag of de database aanstaat',
  'sharedDb.check.noAnswer':
    'de server {server} antwoordt niet op poort {port}: controleer de naam van de server en het poortnummer, of vraag de ICT-afdeling of een firewall de verbinding tegenhoudt',
  'sharedDb.error.login': 'inloggen bij de gedeelde database is mislukt: controleer gebruikersnaam en wachtwoord',
  'sharedDb.error.notAllowed':
    'de gedeelde database staat dit niet toe voor deze gebruiker: vraag de beheerder of de gebruiker is toegevoegd als teamleider of HR (npm run shared-db -- add-user)',
  'sharedDb.error.notYourTeam':
    'dit team is in de gedeelde database van een andere teamleider; vraag de beheerder om het team aan u over te dragen en kies daarna Opnieuw versturen',
  'sharedDb.error.noPassword':
    'geen wachtwoord gevonden voor {user}: zet PGPASSWORD of een pgpass-bestand (zie docs/shared-database.md)',
  'sharedDb.error.noPasswordKeychain':
    'geen wachtwoord bewaard voor {user}: vul het wachtwoord in bij Gedeelde database, Verbinding van deze installatie, en kies Opslaan en verbinden; de planner bewaart het in de sleutelhanger van het besturingssysteem',
  'sharedDb.error.noDatabase': 'deze database bestaat niet op de server: controleer de naam van de database',
  'sharedDb.error.notInitialised':
    'de gedeelde database is nog niet ingericht: voer eerst npm run shared-db -- init uit',
  'sharedDb.error.failed':
    'de gedeelde database gaf een onverwachte fout (code {code}); vraag de ICT-afdeling om in het logboek van de databaseserver te kijken',
  'sharedDb.error.failedNoCode':
    'de gedeelde database gaf een onverwachte fout; vraag de ICT-afdeling om in het logboek van de databaseserver te kijken',
  'sharedDb.error.migrateNeeded':
    'de gedeelde database is ingericht door een oudere versie van de planner: laat de beheerder npm run shared-db -- migrate uitvoeren',
  'sharedDb.error.noRole':
    'de gebruiker {user} bestaat niet in de gedeelde database: vraag de beheerder om deze toe te voegen met npm run shared-db -- add-user',
  'sharedDb.error.notAdmitted':
    'de databaseserver laat deze computer of gebruiker niet toe (pg_hba.conf): vraag de ICT-afdeling om de toegang in te stellen',
  'sharedDb.error.tlsNotOffered':
    'de server biedt geen beveiligde verbinding (TLS) aan, en de planner verbindt niet onbeveiligd: vraag de ICT-afdeling om TLS aan te zetten op de databaseserver',
  'sharedDb.error.tlsUntrusted':
    'het certificaat van de server wordt niet vertrouwd of hoort bij een andere servernaam: controleer het CA-certificaat van de gemeente en de naam van de server, of vraag de ICT-afdeling',
  'sharedDb.migrate.applied_one': 'De database is bijgewerkt van schemaversie {from} naar {to} ({count} stap).',
  'sharedDb.migrate.applied_other': 'De database is bijgewerkt van schemaversie {from} naar {to} ({count} stappen).',
  'sharedDb.migrate.upToDate': 'De database is al bijgewerkt: schemaversie {version}.',
  'sharedDb.init.ready': 'De groepsrollen wtp_team_leader, wtp_hr en wtp_admin en het schema wtp staan klaar.',
  'sharedDb.addUser.created': 'Gebruiker {name} aangemaakt als {role}.',
  'sharedDb.addUser.exists': 'Er bestaat al een rol {name} op deze server; er is niets veranderd.',
  'sharedDb.addUser.password':
    'Eenmalig wachtwoord voor {name} (geef het veilig door en bewaar het nergens anders): {password}',
  'sharedDb.role.teamLeader': 'teamleider in werkgebied {area}',
  'sharedDb.role.hr': 'HR (leest alle teams)',
  'sharedDb.publish.notConfigured':
    'Publiceren kan niet: deze installatie is niet gekoppeld aan een gedeelde database. Vraag de ICT-afdeling van de gemeente om het adres (WTP_SHARED_DB_URL).',
  'sharedDb.publish.sampleTeam':
    'Dit team hoort bij de Voorbeeldwijk en bestaat uit verzonnen mensen. Voorbeeldteams worden niet gepubliceerd, zodat HR ze niet voor echte teams aanziet. Maak een eigen team om te publiceren.',
  'sharedDb.outbox.unreadablePlan':
    'Deze publicatie kan niet worden verstuurd: de bewaarde versie in de wachtrij is onleesbaar. Publiceer het team opnieuw.',
  'sharedDb.outbox.gone': 'Deze publicatie staat niet (meer) in de wachtrij; vernieuw het overzicht.',
  'sharedDb.drain.failed': 'de wachtrij voor de gedeelde database kon niet worden verstuurd',
  'sharedDb.settings.noHost':
    'Deze planner bewaart geen instellingen voor de gedeelde database; gebruik WTP_SHARED_DB_URL.',
  'sharedDb.pull.notConfigured':
    'Deze installatie is niet gekoppeld aan een gedeelde database; stel het adres in onder Gedeelde database.',
  'sharedDb.pull.unreachable':
    'De gedeelde database is nu niet bereikbaar, dus het overzicht is niet vernieuwd. Probeer het later opnieuw met Vernieuwen.',
  'sharedDb.pull.failed': 'De gedeelde database kon niet worden gelezen: {reason}.',
  'sharedDb.internalError': 'interne fout van de planner: {detail}',
} as const;
