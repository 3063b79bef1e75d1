/**
 * The catalogue's data in Dutch: the built-in competencies of the generalist profile
 * (descriptions are our own words), function templates, disciplines, expertise,
 * organisation types, team models with their pros and cons, and the design questions.
 * shared/catalogue/ builds its LocalText values from these keys (bothLanguagesOf), so
 * the words live only here.
 */
export const catalogueData = {
  // Competentieprofiel generalist
  'cat.profile.note':
    'De twaalf ingebouwde competenties zijn de eigenschappen voor integraal werken die De Waal e.a. (Hogeschool Utrecht, 2014) noemen; ze staan onder meer in het Competentieprofiel generalist (Wijland & De Goede, 2012). Het artikel geeft alleen de namen: de korte omschrijvingen zijn van de planner zelf.',
  'cat.competency.adaptability.name': 'Aanpassingsvermogen',
  'cat.competency.adaptability.description': 'Blijft goed werken als taken, collega’s of omstandigheden veranderen.',
  'cat.competency.creativity.name': 'Creativiteit',
  'cat.competency.creativity.description': 'Bedenkt eigen, onverwachte oplossingen voor vragen van bewoners.',
  'cat.competency.coaching.name': 'Coachen',
  'cat.competency.coaching.description': 'Helpt bewoners en collega’s hun eigen kracht te vinden en te vergroten.',
  'cat.competency.conflict.name': 'Conflicthantering',
  'cat.competency.conflict.description':
    'Benoemt spanningen en tegengestelde belangen en komt tot een werkbare uitkomst.',
  'cat.competency.daring.name': 'Durf',
  'cat.competency.daring.description':
    'Neemt weloverwogen risico’s, maakt lastige zaken bespreekbaar, stapt buiten het eigen vak waar nodig.',
  'cat.competency.flexibility.name': 'Flexibel gedrag',
  'cat.competency.flexibility.description': 'Past aanpak en stijl aan op de persoon en de situatie.',
  'cat.competency.empathy.name': 'Inlevingsvermogen',
  'cat.competency.empathy.description': 'Begrijpt de leefwereld, gevoelens en behoeften van bewoners en collega’s.',
  'cat.competency.innovation.name': 'Innoverend vermogen',
  'cat.competency.innovation.description': 'Bedenkt nieuwe werkwijzen en voorzieningen, probeert ze uit en borgt ze.',
  'cat.competency.networking.name': 'Netwerken',
  'cat.competency.networking.description': 'Bouwt en onderhoudt relaties in de wijk en met organisaties, en zet ze in.',
  'cat.competency.persuasion.name': 'Overtuigingskracht',
  'cat.competency.persuasion.description': 'Krijgt anderen mee met argumenten en houding.',
  'cat.competency.cooperation.name': 'Samenwerken',
  'cat.competency.cooperation.description':
    'Draagt bij aan een gezamenlijk resultaat over vakken en organisaties heen.',
  'cat.competency.selfdevelopment.name': 'Zelfontwikkeling',
  'cat.competency.selfdevelopment.description': 'Kent eigen sterke en zwakke kanten en werkt aan groei.',

  // Domeinen en disciplines
  'cat.discipline.socialWorker': 'Maatschappelijk werker',
  'cat.discipline.districtNurse': 'Wijkverpleegkundige',
  'cat.discipline.communityWorker': 'Opbouwwerker',
  'cat.discipline.volunteer': 'Vrijwilliger',
  'cat.discipline.youthWorker': 'Jeugd- en gezinswerker',
  'cat.discipline.debtCounsellor': 'Schuldhulpverlener',
  'cat.discipline.mentalHealthNurse': 'Sociaalpsychiatrisch verpleegkundige',
  'cat.discipline.clientSupporter': 'MEE-consulent / cliëntondersteuner',
  'cat.discipline.wmoConsultant': 'Wmo-consulent',
  'cat.discipline.elderlyAdvisor': 'Ouderenadviseur',
  'cat.discipline.youngPeopleWorker': 'Jongerenwerker',

  // Expertise
  'cat.expertise.youth': 'Jeugd en gezin',
  'cat.expertise.mentalHealth': 'Psychiatrie en GGZ',
  'cat.expertise.debt': 'Schulden en armoede',
  'cat.expertise.disability': 'Beperkingen',
  'cat.expertise.elderly': 'Ouderen',
  'cat.expertise.somatic': 'Somatiek en verpleging',
  'cat.expertise.addiction': 'Verslaving',
  'cat.expertise.domesticViolence': 'Huiselijk geweld',
  'cat.expertise.community': 'Opbouwwerk en participatie',
  'cat.expertise.income': 'Inkomen en regelingen',
  'cat.expertise.crisis': 'Crisisinterventie',

  // Functies
  'cat.functions.note':
    'Acht ingebouwde functies noemen De Waal e.a. (Hogeschool Utrecht, 2014) als functies die een team kan hebben, van crisisinterventie tot somatische zorg. Toegang / frontoffice, Casusregie, Collectieve arrangementen en Jeugd voegt de planner zelf toe. De omschrijvingen, eisen en levensgebieden van alle functies zijn voorstellen van de planner.',
  'cat.function.crisisIntervention.name': 'Crisisinterventie',
  'cat.function.crisisIntervention.description': 'Snel ingrijpen en stabiliseren als een situatie uit de hand loopt.',
  'cat.function.socioPedagogical.name': 'Sociaalpedagogische zorg',
  'cat.function.socioPedagogical.description': 'Ondersteuning bij opvoeden en opgroeien, thuis en in de wijk.',
  'cat.function.socioPsychiatric.name': 'Sociaalpsychiatrische zorg',
  'cat.function.socioPsychiatric.description': 'Ondersteuning van inwoners met psychische kwetsbaarheid of verslaving.',
  'cat.function.disabilityCare.name': 'Gehandicaptenzorg',
  'cat.function.disabilityCare.description':
    'Ondersteuning van inwoners met een lichamelijke of verstandelijke beperking.',
  'cat.function.socialServices.name': 'Maatschappelijke dienstverlening',
  'cat.function.socialServices.description':
    'Hulp bij praktische en sociale vragen, zoals wonen, werk, relaties en regelingen.',
  'cat.function.debtServices.name': 'Schulddienstverlening',
  'cat.function.debtServices.description':
    'Schulden in kaart brengen, stabiliseren en regelen, en nieuwe schulden voorkomen.',
  'cat.function.communityDevelopment.name': 'Samenlevingsopbouw',
  'cat.function.communityDevelopment.description': 'Bewonersinitiatieven en onderlinge steun in de wijk versterken.',
  'cat.function.somaticCare.name': 'Somatische zorg',
  'cat.function.somaticCare.description': 'Lichamelijke zorg en verpleging thuis, en signaleren wat er verder speelt.',
  'cat.function.access.name': 'Toegang / frontoffice',
  'cat.function.access.description':
    'Het aanspreekpunt waar inwoners met hun vragen binnenkomen, bijvoorbeeld samen met het Wmo-loket.',
  'cat.function.caseCoordination.name': 'Casusregie',
  'cat.function.caseCoordination.description': 'Eén huishouden, één plan, één regisseur die de hulp samenbrengt.',
  'cat.function.collectiveArrangements.name': 'Collectieve arrangementen',
  'cat.function.collectiveArrangements.description':
    'Laagdrempelige voorzieningen en groepsaanbod in de wijk opzetten en onderhouden.',
  'cat.function.youth.name': 'Jeugd',
  'cat.function.youth.description':
    'Vragen van jeugdigen en gezinnen, van lichte opvoedvragen tot zorgen over veiligheid.',

  // Bronnen: de twee artikelen waar elke uitspraak over modellen en ontwerpvragen op teruggaat
  'cat.source.hu2014.title': 'Integrale wijkteams: een kwestie van kiezen',
  'cat.source.hu2014.authors': 'Vincent de Waal, Inge Scheijmans, Joep Binkhorst en Jean Pierre Wilken',
  'cat.source.hu2014.publisher': 'Wmo-werkplaats, Hogeschool Utrecht',
  'cat.source.hu2014.section.designQuestions': 'Inleiding: de drie vragen (hoe breed, hoe ver, hoe geïntegreerd)',
  'cat.source.hu2014.section.functions': 'Het is lang niet altijd duidelijk welke functies een team dient te vervullen',
  'cat.source.hu2014.section.models': 'Verschillende teammodellen',
  'cat.source.hu2014.section.expertise': 'Vakkennis, talent en de cruciale rol van teamleiders',
  'cat.source.movisie2017.title': 'Brede integrale wijkteams: voor- en nadelen',
  'cat.source.movisie2017.authors': 'Programma Integraal werken in de wijk',
  'cat.source.movisie2017.publisher': 'Movisie (nieuwsbericht, 24 maart 2017)',
  'cat.source.movisie2017.section.introduction': 'Inleiding: organisatievormen en positionering',
  'cat.source.movisie2017.section.a1': 'Voor- en nadelen van model A1',
  'cat.source.movisie2017.section.a2': 'Voor- en nadelen van model A2',
  'cat.source.movisie2017.section.closing': 'Slot: verwijzing naar de volledige publicatie',

  // Organisatietypen (Hogeschool Utrecht 2014)
  'cat.orgType.samenwerkingsverband.name': 'Samenwerkingsverband',
  'cat.orgType.samenwerkingsverband.summary':
    'Een samenwerking van professionals uit verschillende organisaties, bijvoorbeeld in de vorm van een casus- of netwerkoverleg. De auteurs spreken hier niet van een team: een groep met een gezamenlijke verantwoordelijkheid die nauw samenwerkt aan dezelfde doelen ontbreekt.',
  'cat.orgType.geintegreerd.name': 'Geïntegreerd team',
  'cat.orgType.geintegreerd.summary':
    'Disciplines uit verschillende organisaties vormen samen een functionele eenheid voor een bepaald gebied. De professionals blijven sterk verbonden met hun oorspronkelijke moederorganisatie.',
  'cat.orgType.integraal.name': 'Integraal team',
  'cat.orgType.integraal.summary':
    'Een gemandateerd, zelfstandig werkend team dat op meerdere terreinen mag beslissen en vanuit één visie werkt. De leden zijn maar licht, en eerder functioneel dan hiërarchisch, aan hun moederorganisatie gebonden. Het team heeft een eigen leidinggevende, die functioneel en/of hiërarchisch verantwoording aflegt aan de gemeente en/of het consortium van samenwerkende instellingen.',

  // Teammodellen (Movisie 2017); voor- en nadelen alleen voor zover de bron ze geeft
  'cat.teamModel.A1.name': 'A1 – breed integraal team voor alle vragen',
  'cat.teamModel.A1.summary':
    'Een breed integraal team dat alle hulpvragen van alle inwoners oppakt. Waar nodig raadpleegt het specialisten van buiten het team of zet het hen in.',
  'cat.teamModel.A1.share': '42 procent van de gemeenten koos voor dit model.',
  'cat.teamModel.A1.pro1':
    'Eén duidelijk toegangspunt: alle inwoners kunnen met al hun hulpvragen op één plek terecht. De gemeenten die hiervoor kiezen, vinden dat overzichtelijk.',
  'cat.teamModel.A1.pro2':
    'Teamleden met verschillende expertises leren breder te kijken: bij een vraag buiten hun eigen vakgebied schakelen ze makkelijk een collega met andere expertise in.',
  'cat.teamModel.A1.pro3':
    'Werken met één gezin, één plan, één regisseur: het team kan algemene ondersteuningsvragen in de wijk integraal oppakken, met als ambitie één plan en één regievoerder per huishouden. De gemeente Gouda overwoog om zo door te groeien naar één team voor alle hulpvragen van 0 tot 100+: de ambitie van één gemeente, geen kenmerk van het model.',
  'cat.teamModel.A1.con1':
    'Specialistische en domeinspecifieke kennis, bijvoorbeeld over jeugd, vraagt in een breed team extra aandacht om op peil te blijven. Is die kennis onvoldoende aanwezig, dan lopen medewerkers het risico problemen niet te herkennen, te lang te wachten met consulteren, de benodigde hulp verkeerd in te schatten of niet de juiste hulp in te zetten.',
  'cat.teamModel.A1.con2':
    'Zwaardere problematiek blijft te lang hangen: houdt een generalistisch team door een tekort aan specifieke kennis hulpvragen langer bij zich, dan dreigt meer gespecialiseerde zorg te laat in beeld te komen.',
  'cat.teamModel.A2.name': 'A2 – breed integraal team voor complexe en meervoudige vragen',
  'cat.teamModel.A2.summary':
    'Een breed integraal team voor complexe en meervoudige hulpvragen. Inwoners met eenvoudige vragen kunnen terecht bij het voorliggend veld en de eerste lijn; wordt hun situatie ingewikkelder, dan melden die professionals hen aan bij het team. Net als A1 is het een breed team: het verschil zit in welke vragen het team bereiken en hoe.',
  'cat.teamModel.A2.share': 'Een vijfde van de gemeenten koos voor dit model.',
  'cat.teamModel.A2.pro1':
    'Focus op (regievoering in) complexe casussen: een apart team voor complexe of meervoudige problematiek heeft daar meer ruimte en tijd voor.',
  'cat.teamModel.A2.pro2':
    'Aansluiten bij bestaande structuren: een goed georganiseerd voorliggend veld van vóór de transities blijft bestaan en het team sluit daarop aan. Professionals en inwoners kennen de weg al; het voorliggend veld neemt de enkelvoudige vragen en lichte ondersteuning, het team de complexe problematiek.',
  'cat.teamModel.A2.pro3':
    'Specialistische kennis en expertise behouden: omdat het team vooral complexe vragen krijgt en met specialisten in het team werkt, worden die uitgedaagd hun kennis verder te ontwikkelen.',
  'cat.teamModel.A2.pro3.caveat':
    'Kanttekening van de bron: de geïnterviewde gemeenten noemden dit punt zelf niet expliciet.',
  'cat.teamModel.A2.con1':
    'Geen directe toegangspoort voor inwoners: het is voor hen niet altijd duidelijk waar ze met hun hulpvraag terechtkunnen.',
  'cat.teamModel.A2.con2':
    'De aansluiting op het voorliggend veld is extra belangrijk, want daar moeten de casussen vandaan komen.',
  'cat.teamModel.A2.con3':
    'Kans op een probleemgerichte aanpak: door de focus op complexiteit blijven professionals mogelijk probleemgericht werken, met minder aandacht voor alle levensgebieden.',
  'cat.teamModel.domain.name': 'Domeinspecifiek team',
  'cat.teamModel.domain.summary':
    'Een team dat zich toespitst op een deel van de zorg- en dienstverlening, bijvoorbeeld op één of twee van de gebieden hulpverlening, lokale zorg en samenlevingsopbouw, in plaats van het hele sociale domein.',
  'cat.teamModel.targetGroup.name': 'Doelgroepspecifiek team',
  'cat.teamModel.targetGroup.summary': 'Een team dat zich toespitst op een bepaalde leeftijdsgroep of doelgroep.',
  'cat.teamModel.noneInSources':
    'De bronnen geven voor dit model geen voor- en nadelen. Movisie verwijst daarvoor naar de volledige publicatie ‘Organisatievormen en positionering van (wijk)teams’, die niet in de planner is opgenomen.',

  // Positionering (Movisie 2017) en leeftijdsgroepen (eigen indeling van de planner)
  'cat.positioning.municipality': 'In eigen beheer van de gemeente',
  'cat.positioning.singleProvider': 'Uitbesteed aan één aanbieder',
  'cat.positioning.consortium': 'Uitbesteed aan meerdere aanbieders (consortium)',
  'cat.ageGroup.youth': 'Jeugd (0-17)',
  'cat.ageGroup.note':
    'Deze drie leeftijdsgroepen zijn een eigen indeling van de planner. De bronnen spreken van leeftijds- en doelgroepen en van aparte teams voor 18- en 18+, maar geven geen vaste grenzen.',
  'cat.ageGroup.adults': 'Volwassenen (18-64)',
  'cat.ageGroup.elderly': 'Ouderen (65+)',

  // Ontwerpvragen (Hogeschool Utrecht 2014) en de vragen-as (Movisie 2017)
  'cat.design.breadth.question': 'Hoe breed?',
  'cat.design.breadth.help':
    'Welke gebieden van zorg en dienstverlening bestrijkt het team: het hele domein van zorg en sociale vragen voor alle leeftijds- en doelgroepen, of een deel daarvan? En werkt het ook aan collectieve arrangementen, zoals steun aan bewonersinitiatieven en laagdrempelige voorzieningen?',
  'cat.design.breadth.option.all': 'Het hele domein, alle leeftijds- en doelgroepen',
  'cat.design.breadth.option.focused': 'Toegespitst op bepaalde terreinen, leeftijden of doelgroepen',
  'cat.design.depth.question': 'Hoe ver?',
  'cat.design.depth.help':
    'Worden zaken in het team gesignaleerd én opgelost, of zit er om het team een schil van specialisten waarnaar het doorverwijst? En welke specialismen zijn in het team zelf nodig?',
  'cat.design.depth.option.solve': 'Signaleren en zelf oplossen',
  'cat.design.depth.option.signalAndRefer': 'Signaleren en doorverwijzen naar de schil',
  'cat.design.integration.question': 'Hoe geïntegreerd?',
  'cat.design.integration.help':
    'Werken de leden nog vanuit hun eigen instelling, of zijn ze, al dan niet gedetacheerd, in het lokale team ondergebracht? De mate van samenwerking en mandaat bepaalt welke werkwijzen nodig zijn.',
  'cat.design.integration.option.ownOrganisation':
    'Leden werken vanuit hun eigen instelling, zonder gezamenlijk mandaat',
  'cat.design.integration.option.seconded':
    'Leden zijn in het team ondergebracht (al dan niet gedetacheerd), zonder eigen mandaat',
  'cat.design.integration.option.mandated': 'Leden zijn in het team ondergebracht en het team heeft een eigen mandaat',
  'cat.design.questions.reach': 'Welke vragen komen bij het team?',
  'cat.design.questions.arrival': 'Hoe komen ze binnen?',
  'cat.design.questions.help':
    'Een team kan alle hulpvragen van alle inwoners verwelkomen, of alleen de complexe hulpvragen oppakken.',
} as const;
