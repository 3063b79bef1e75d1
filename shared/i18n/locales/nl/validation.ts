/**
 * Validation (shared/domain, shared/plan, shared/api/dispatch): what is wrong with one
 * field of an entity or a plan file. Each text follows the place it is about, e.g.
 * `assignments[0].functionId: verwijst naar een onbekende functie "f99"`.
 */
export const validation = {
  'validation.rating': 'niveau moet een heel getal van 0 tot en met 4 zijn',
  'validation.level': 'niveau moet een heel getal van 0 tot en met 4 zijn',
  'validation.count': 'aantal moet een heel getal van 0 tot en met 1000 zijn',
  'validation.minPeople': 'aantal personen moet een heel getal van 1 tot en met 20 zijn',
  'validation.hours': 'uren moeten een getal van 0 of meer zijn',
  'validation.hoursTooMany': 'zoveel uren per week is niet mogelijk',
  'validation.assignmentHours': 'uren moeten meer dan 0 en hoogstens 60 per week zijn',
  'validation.id': 'id moet 1 tot 64 tekens zonder spaties zijn',
  'validation.name': 'naam is verplicht (hoogstens 200 tekens)',
  'validation.text': 'tekst is te lang (hoogstens 2000 tekens)',
  'validation.date': 'datum moet de vorm JJJJ-MM-DD hebben',
  'validation.competencyKey':
    'sleutel moet met een kleine letter beginnen en alleen kleine letters, cijfers en streepjes bevatten',
  'validation.unknownCompetency': 'onbekende competentie',
  'validation.unknownTeamRole': 'onbekende teamrol',
  'validation.unknownExpertise': 'onbekende vakkennis',
  'validation.unknownDiscipline': 'onbekende discipline',
  'validation.unknownProfessional': 'verwijst naar een onbekende professional',
  'validation.unknownFunction': 'verwijst naar een onbekende functie',
  'validation.duplicateId': 'dit id komt vaker voor',
  'validation.duplicateAssignment': 'deze professional staat al in deze functie',
  'validation.duplicateRequirement': 'deze competentie staat al bij de eisen van deze functie',
  'validation.duplicateTeamRole': 'deze teamrol bestaat al',
  'validation.duplicateExpertise': 'deze vakkennis staat er al',
  'validation.duplicateCompetency': 'deze competentie bestaat al',
  'validation.format': 'dit is geen teamplanbestand',
  'validation.version': 'dit teamplan komt uit een nieuwere versie van de planner; werk de planner bij',

  'validation.named.unknownCompetency': 'onbekende competentie "{value}"',
  'validation.named.unknownTeamRole': 'onbekende teamrol "{value}"',
  'validation.named.unknownExpertise': 'onbekende vakkennis "{value}"',
  'validation.named.unknownDiscipline': 'onbekende discipline "{value}"',
  'validation.named.unknownProfessional': 'verwijst naar een onbekende professional "{value}"',
  'validation.named.unknownFunction': 'verwijst naar een onbekende functie "{value}"',
  'validation.named.duplicateId': 'het id "{value}" komt vaker voor',
  'validation.named.duplicateAssignment': 'professional "{value}" staat al in deze functie',
  'validation.named.duplicateRequirement': 'competentie "{value}" staat al bij de eisen van deze functie',
  'validation.named.duplicateTeamRole': 'de teamrol "{value}" bestaat al',
  'validation.named.duplicateExpertise': 'de vakkennis "{value}" staat er al',
  'validation.named.duplicateCompetency': 'de competentie "{value}" bestaat al',

  'validation.invalidType': 'verkeerd type waarde',
  'validation.missing': 'ontbreekt',
  'validation.unrecognizedKeys': 'onbekend veld: {keys}',
  'validation.invalidValue': 'geen toegestane waarde (kies uit {allowed})',
  'validation.tooBig': 'te groot of te lang',
  'validation.tooSmall': 'te klein of te kort',
  'validation.other': 'ongeldige waarde',

  'validation.issueLine': '{path}: {text}',
  'validation.invalidInputAt': 'Ongeldige invoer bij {path}: {text}.',
  'validation.invalidInput': 'Ongeldige invoer.',

  'planFile.notAnObject':
    'dit is geen teamplanbestand (verwacht een JSON-object met format, version, team, functions, professionals en assignments)',
  'planFile.unsupportedVersion': 'onbekende versie van het teamplan; deze planner leest versie 1 tot en met {version}',
  'planFile.notJson': 'dit is geen geldige JSON',
  'planFile.notJsonAt': 'dit is geen geldige JSON (regel {line}, kolom {column})',
  'planFile.hoursInOtherTeamsUnknown':
    'Let op: uren in andere teams staan niet in dit bestand. Wie ook in een ander team werkt, heeft misschien minder vrije uren dan hier staat.',
} as const;
