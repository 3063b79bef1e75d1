/**
 * Dutch texts of the browser host (webhost/): what `npm run web` prints on the terminal
 * and the errors its HTTP answers carry to the planner in the browser. `{app}` is the
 * planner's name ('app.title').
 */
export const host = {
  'host.cli.usage': [
    'Gebruik: npm run web -- [--data-dir MAP] [--port POORT] [--no-open] [--lang nl|en]',
    '  --data-dir MAP   map met de gegevens van de planner (standaard dezelfde als de desktopapp)',
    '  --port POORT     poort op 127.0.0.1 (standaard 0: een vrije poort)',
    '  --no-open        open de browser niet zelf; het adres wordt alleen getoond',
    '  --lang nl|en     taal van de meldingen op de terminal (standaard nl)',
  ].join('\n'),
  'host.cli.badPort': 'Webhost: --port verwacht een getal van 0 tot en met 65535, niet ‘{value}’.',
  'host.cli.badDataDir': 'Webhost: --data-dir verwacht een map, bijvoorbeeld --data-dir ./gegevens.',
  'host.cli.badLang': 'Webhost: --lang verwacht nl of en, niet ‘{value}’.',
  'host.cli.noHost': 'Webhost: het adres is niet instelbaar; de planner luistert alleen op 127.0.0.1 (deze computer).',
  'host.cli.unknownOption': 'Webhost: onbekende optie ‘{option}’.',

  'host.running': '{app} draait op {url}',
  'host.dataDir': 'Gegevensmap: {dir}',
  'host.localOnly': 'Alleen bereikbaar vanaf deze computer. Stop met Ctrl+C.',
  'host.portInUse': 'Webhost: poort {port} is al in gebruik. Kies een andere met --port, of laat --port weg.',
  'host.startFailed': 'Webhost: onverwachte fout bij het starten.',
  'host.browserFailed': 'Webhost: de browser kon niet worden geopend; open het adres zelf.',

  'host.http.postOnly': 'Webhost: API-aanroepen gaan met POST.',
  'host.http.unknownMethod': 'Webhost: onbekende opdracht.',
  'host.http.unknownNamedMethod': 'Webhost: onbekende opdracht ‘{method}’.',
  'host.http.tooLarge': 'Het verzoek is te groot voor de planner. Kies een kleiner bestand.',
  'host.http.badJson': 'Webhost: het verzoek is geen geldige JSON en is niet uitgevoerd.',
  'host.http.unexpected': 'Er ging iets onverwachts mis in de planner.',
  'host.http.methodNotAllowed': 'Webhost: deze methode wordt niet ondersteund.',
  'host.http.pageNotFound': 'Webhost: deze pagina bestaat niet.',
  'host.http.notBuilt': 'Webhost: de planner is niet gebouwd. Start met `npm run web`, dat de planner eerst bouwt.',
  'host.http.notLoopback': 'Webhost: alleen verzoeken van deze computer zijn toegestaan.',
  'host.http.unknownHost':
    'Webhost: onbekende hostnaam. Open de planner via {origin}/ met het adres dat bij het starten is getoond.',
  'host.http.otherSite': 'Webhost: verzoeken van een andere website worden geweigerd.',
  'host.http.badToken':
    'Via dit adres krijgt u geen toegang: de toegangssleutel ontbreekt of hoort bij een eerdere start van de planner. Open het volledige adres dat de planner toonde toen hij startte (het eindigt op #token= met een reeks tekens), of start de planner opnieuw.',
} as const;
