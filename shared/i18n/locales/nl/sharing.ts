/**
 * Publishing to the shared municipal database in the planner's screens: the publish
 * button, the outbox, a conflict and its resolution, the connection settings and HR's
 * reading of the shared database.
 */
export const sharing = {
  'sharing.title': 'Gedeelde database',
  'sharing.intro':
    'Gepubliceerde teams komen eerst in de wachtrij op deze computer. De planner verstuurt ze zodra de gedeelde database bereikbaar is; u kunt intussen gewoon offline doorwerken.',
  'sharing.publish': 'Publiceren',
  'sharing.setUp': 'Gedeelde database instellen',
  'sharing.openOutbox': 'Wachtrij bekijken',
  'sharing.queued': 'In de wachtrij gezet. De planner verstuurt het zodra de gedeelde database bereikbaar is.',
  'sharing.team.waiting_one': 'Wacht op verzending',
  'sharing.team.waiting_other': '{count} publicaties wachten op verzending',
  'sharing.team.stopped_one': 'Een publicatie wacht op uw keuze: bekijk de wachtrij',
  'sharing.team.stopped_other': '{count} publicaties wachten op uw keuze: bekijk de wachtrij',
  'sharing.team.published': 'Gepubliceerd als versie {version}',
  'sharing.team.never': 'Nog niet gepubliceerd',
  'sharing.outbox.title': 'Wachtrij',
  'sharing.outbox.waiting_one': '1 publicatie wacht op verzending',
  'sharing.outbox.waiting_other': '{count} publicaties wachten op verzending',
  'sharing.outbox.nothingWaiting': 'Er wacht niets op verzending',
  'sharing.outbox.lastSent': 'Laatst verstuurd: {ago}',
  'sharing.outbox.nothingSent': 'Sinds het starten van de planner is nog niets verstuurd',
  'sharing.outbox.unreachableSince': 'De server is sinds {when} niet bereikbaar.',
  'sharing.outbox.reason': 'Reden: {reason}',
  'sharing.outbox.sendNow': 'Nu opnieuw proberen',
  'sharing.outbox.noConnection':
    'Er is geen verbinding met een gedeelde database ingesteld. Wat in de wachtrij staat, blijft bewaard en wordt verstuurd zodra u hieronder weer een verbinding instelt.',
  'sharing.outbox.team': 'Team',
  'sharing.outbox.queuedAt': 'Gepubliceerd op',
  'sharing.outbox.why': 'Waarom gestopt',
  'sharing.outbox.conflict': 'Intussen heeft {by} versie {version} gepubliceerd',
  'sharing.outbox.refused': 'De server heeft deze publicatie geweigerd',
  'sharing.outbox.compare': 'Vergelijken',
  'sharing.outbox.retry': 'Opnieuw versturen',
  'sharing.outbox.discard': 'Weggooien',
  'sharing.conflict.title': 'Conflict bij het publiceren van {name}',
  'sharing.conflict.body':
    'Sinds uw laatste publicatie heeft {by} versie {version} van dit team gepubliceerd. Er is niets overschreven. Kies wat er moet gebeuren.',
  'sharing.conflict.bodyNew':
    '{by} heeft dit team al gepubliceerd; de gedeelde database heeft nu versie {version}. Er is niets overschreven. Kies wat er moet gebeuren.',
  'sharing.conflict.bodyOwn':
    'U heeft eerder versie {version} van dit team gepubliceerd, vanaf een andere stand (bijvoorbeeld voor het terugzetten van een reservekopie). Er is niets overschreven. Kies wat er moet gebeuren.',
  'sharing.conflict.aspect': 'Onderdeel',
  'sharing.conflict.mine': 'Mijn versie (op deze computer)',
  'sharing.conflict.theirs': 'Versie {version} in de gedeelde database',
  'sharing.conflict.name': 'Naam',
  'sharing.conflict.when': 'Wanneer',
  'sharing.conflict.queuedAt': 'gepubliceerd op {when}',
  'sharing.conflict.publishedAt': 'op {when} door {by}',
  'sharing.conflict.functions': 'Functies',
  'sharing.conflict.members': 'Teamleden',
  'sharing.conflict.nobody': 'niemand',
  'sharing.conflict.keepMine': 'Mijn versie publiceren',
  'sharing.conflict.takeTheirs': 'Gedeelde versie overnemen',
  'sharing.conflict.keepBoth': 'Beide houden',
  'sharing.conflict.later': 'Later beslissen',
  'sharing.conflict.explain':
    'Mijn versie publiceren: uw versie wordt de volgende versie, na versie {version}. Gedeelde versie overnemen: uw team op deze computer, zoals het nu is, wordt vervangen door versie {version} uit de gedeelde database; de planner bewaart het eerst als reservekopie. Beide houden: de gedeelde versie komt als apart team op deze computer; uw eigen team blijft zoals het is.',
  'sharing.resolved.keepMine': 'Uw versie staat weer in de wachtrij en wordt gepubliceerd als de volgende versie.',
  'sharing.resolved.takeTheirs':
    'Het team op deze computer is vervangen door de gedeelde versie. De gegevens van daarvoor staan in een reservekopie.',
  'sharing.resolved.keepBoth': 'De gedeelde versie staat nu als apart team op deze computer.',
  'sharing.settings.title': 'Verbinding van deze installatie',
  'sharing.settings.fromEnvironment':
    'Het adres komt uit de omgevingsvariabele WTP_SHARED_DB_URL en kan hier niet worden gewijzigd.',
  'sharing.settings.server': 'Server',
  'sharing.settings.port': 'Poort',
  'sharing.settings.database': 'Database',
  'sharing.settings.user': 'Gebruikersnaam',
  'sharing.settings.caFile': 'CA-certificaat van de gemeente (pad, optioneel)',
  'sharing.settings.password': 'Wachtwoord (wordt bewaard in de sleutelhanger van het besturingssysteem)',
  'sharing.settings.newPassword': 'Nieuw wachtwoord (leeg laten om het bewaarde te houden)',
  'sharing.settings.pgpass':
    'Het wachtwoord staat niet in de planner: de planner leest het uit de omgevingsvariabele PGPASSWORD of uit een pgpass-bestand.',
  'sharing.settings.save': 'Opslaan en verbinden',
  'sharing.settings.forget': 'Verbinding verwijderen',
  'sharing.settings.forgetConfirmTitle': 'Verbinding met de gedeelde database verwijderen?',
  'sharing.settings.forgetConfirmBody':
    'Uw teams, plannen en mensen op deze computer blijven staan, en in de gedeelde database verandert niets. De planner vergeet alleen het adres van de database en het wachtwoord dat hij zelf bewaarde; publiceren en ophalen kan pas weer als u opnieuw een verbinding instelt.',
  'sharing.settings.forgetWaiting_one':
    '1 publicatie wacht nog op verzending. Die blijft in de wachtrij op deze computer en wordt verstuurd naar de database die u hierna instelt.',
  'sharing.settings.forgetWaiting_other':
    '{count} publicaties wachten nog op verzending. Die blijven in de wachtrij op deze computer en worden verstuurd naar de database die u hierna instelt.',
  'sharing.settings.forgetNothingWaiting': 'Er wacht niets op verzending.',
  'sharing.settings.checking': 'De planner probeert de verbinding…',
  'sharing.settings.connected': 'De verbinding werkt en is opgeslagen. De wachtrij wordt nu verstuurd.',
  'sharing.settings.failed': 'De verbinding lukt niet: {reason}.',
  'sharing.settings.failedHelp':
    'Controleer de gegevens en probeer het opnieuw. U kunt de instellingen ook toch opslaan: u werkt dan gewoon verder en de wachtrij verstuurt uw publicaties zodra de server bereikbaar is.',
  'sharing.settings.saveAnyway': 'Toch opslaan',
  'sharing.settings.savedOffline':
    'De instellingen zijn opgeslagen, maar er is nog geen verbinding. U kunt gewoon verder werken; de wachtrij verstuurt uw publicaties zodra de server bereikbaar is.',
  'sharing.settings.required': 'Vul dit veld in.',
  'sharing.settings.portInvalid': 'Vul een poortnummer in van 1 tot en met 65535.',
  'sharing.settings.userInvalid': 'Gebruik alleen kleine letters, cijfers en _, en begin niet met een cijfer.',
  'sharing.hr.source': 'Bron van het overzicht',
  'sharing.hr.local': 'Teams op deze computer',
  'sharing.hr.shared': 'Gedeelde database (alle gepubliceerde teams)',
  'sharing.hr.freshness': 'Bijgewerkt {ago}',
  'sharing.hr.earlierRead': 'Hieronder staat de laatste stand die wel is gelezen.',
  'sharing.hr.unreadable_one':
    'Deze versie van de planner kan 1 gepubliceerd team niet lezen (meestal is het met een nieuwere versie gepubliceerd); het staat niet in dit overzicht.',
  'sharing.hr.unreadable_other':
    'Deze versie van de planner kan {count} gepubliceerde teams niet lezen (meestal zijn ze met een nieuwere versie gepubliceerd); ze staan niet in dit overzicht.',
  'sharing.hr.notPulled': 'De gedeelde database is nog niet gelezen. Kies de bron opnieuw of klik op Vernieuwen.',
  'sharing.ago.justNow': 'zojuist',
  'sharing.ago.minutes_one': '1 minuut geleden',
  'sharing.ago.minutes_other': '{count} minuten geleden',
  'sharing.ago.hours_one': '1 uur geleden',
  'sharing.ago.hours_other': '{count} uur geleden',
  'sharing.ago.days_one': '1 dag geleden',
  'sharing.ago.days_other': '{count} dagen geleden',
} as const;
