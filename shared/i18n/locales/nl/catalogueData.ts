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
    'De twaalf ingebouwde competenties zijn de eigenschappen voor integraal werken die De Waal e.a. (Hogeschool Utrecht) noemen; ze staan onder meer in het Competentieprofiel generalist (Wijland & De Goede, 2012). Het artikel geeft alleen de namen: de korte omschrijvingen zijn van de planner zelf.',
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
    'Acht van de ingebouwde functies komen uit De Waal e.a. (Hogeschool Utrecht), die ze noemen als functies die een team kan hebben, van crisisinterventie tot somatische zorg. Toegang / frontoffice, Casusregie, Collectieve arrangementen en Jeugd voegt de planner zelf toe. De omschrijvingen, eisen en levensgebieden van alle functies zijn voorstellen van de planner.',
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
  'cat.source.hu2014.origin':
    'Artikel over onderzoek van de Wmo-werkplaats van Hogeschool Utrecht; zonder jaartal of uitgever; het noemt een onderzoeksrapport van januari 2014',
  'cat.source.hu2014.section.designQuestions': 'Inleiding: de drie vragen (hoe breed, hoe ver, hoe geïntegreerd)',
  'cat.source.hu2014.section.functions': 'Het is lang niet altijd duidelijk welke functies een team dient te vervullen',
  'cat.source.hu2014.section.models': 'Verschillende teammodellen',
  'cat.source.hu2014.section.expertise': 'Vakkennis, talent en de cruciale rol van teamleiders',
  'cat.source.movisie2017.title': 'Brede integrale wijkteams: voor- en nadelen',
  'cat.source.movisie2017.authors': 'Programma Integraal werken in de wijk',
  'cat.source.movisie2017.origin': 'Nieuwsbericht van 24 maart 2017; het bericht noemt geen uitgever',
  'cat.source.movisie2017.section.introduction': 'Inleiding: organisatievormen en positionering',
  'cat.source.movisie2017.section.a1': 'Voor- en nadelen van model A1',
  'cat.source.movisie2017.section.a2': 'Voor- en nadelen van model A2',
  'cat.source.movisie2017.section.closing': 'Slot: verwijzing naar de volledige publicatie',

  // Organisatietypen (De Waal e.a., Hogeschool Utrecht)
  'cat.orgType.samenwerkingsverband.name': 'Samenwerkingsverband',
  'cat.orgType.samenwerkingsverband.summary':
    'Een casus- of netwerkoverleg van professionals uit verschillende organisaties. De auteurs noemen dit geen team: een gedeelde verantwoordelijkheid en nauw samenwerken aan gemeenschappelijke doelen ontbreken.',
  'cat.orgType.geintegreerd.name': 'Geïntegreerd team',
  'cat.orgType.geintegreerd.summary':
    'Eén functionele eenheid voor een afgebakend gebied, samengesteld uit disciplines van meerdere organisaties. De leden blijven nauw gebonden aan de organisatie waar ze vandaan komen, hun moederorganisatie.',
  'cat.orgType.integraal.name': 'Integraal team',
  'cat.orgType.integraal.summary':
    'Dit team heeft een mandaat en werkt zelfstandig: het mag op verschillende terreinen zelf besluiten en werkt vanuit één gedeelde visie. Met hun moederorganisatie zijn de leden maar licht verbonden; die binding is eerder functioneel dan hiërarchisch. Er is een eigen leidinggevende voor het team; die legt (functioneel of hiërarchisch) verantwoording af aan de gemeente, aan het consortium van samenwerkende instellingen, of aan beide.',

  // Teammodellen (Integraal werken in de wijk, 2017); voor- en nadelen alleen voor zover de bron ze geeft
  'cat.teamModel.A1.name': 'A1 – breed integraal team voor alle vragen',
  'cat.teamModel.A1.summary':
    'Een breed integraal team dat elke hulpvraag van elke inwoner aanneemt. Is het nodig, dan vraagt het specialisten van buiten het team om advies of schakelt het hen in.',
  'cat.teamModel.A1.share': '42 procent van de gemeenten koos voor dit model.',
  'cat.teamModel.A1.pro1':
    'Eén plek voor alle vragen: elke inwoner kan met elke hulpvraag bij hetzelfde team terecht. Volgens de gemeenten die dit model kozen, maakt dat het overzichtelijk.',
  'cat.teamModel.A1.pro2':
    'Breder leren kijken: in een team voor alle vragen werken mensen met uiteenlopende achtergronden. Valt een vraag buiten iemands eigen vak, dan is een collega met andere deskundigheid dichtbij om op terug te vallen.',
  'cat.teamModel.A1.pro3':
    'Eén plan per huishouden: een breed team kan algemene vragen om ondersteuning in de wijk in samenhang oppakken. Het streven is dat elk huishouden zo één plan heeft, met één persoon die de regie voert. Gouda dacht erover zo verder te groeien tot één team voor alle hulpvragen van 0 tot 100+; dat is de ambitie van die ene gemeente, geen kenmerk van het model.',
  'cat.teamModel.A1.con1':
    'Vakkennis bijhouden: een breed team moet moeite doen om specialistische en domeinspecifieke kennis, zoals over jeugd, actueel te houden. Schiet die kennis tekort, dan kan het gebeuren dat een probleem niet wordt herkend, dat er te laat wordt geconsulteerd, dat de nodige hulp verkeerd wordt ingeschat of dat niet de juiste hulp wordt ingezet.',
  'cat.teamModel.A1.con2':
    'Zware vragen blijven te lang in het team: houdt een breed team een hulpvraag langer zelf vast omdat specifieke kennis ontbreekt, dan dreigt de gespecialiseerde zorg pas laat te worden ingeschakeld.',
  'cat.teamModel.A2.name': 'A2 – breed integraal team voor complexe en meervoudige vragen',
  'cat.teamModel.A2.summary':
    'Dit brede integrale team neemt de complexe en meervoudige hulpvragen voor zijn rekening. Met een eenvoudige vraag om formele of informele steun gaan inwoners naar de eerste lijn en het voorliggend veld, die er vóór de transities al waren. Wordt het ingewikkelder, dan meldt een professional uit het voorliggend veld hen bij dit team aan. Net als A1 is het een breed team; het verschil zit in welke vragen het team bereiken en langs welke weg.',
  'cat.teamModel.A2.share': 'Een vijfde van de gemeenten koos voor dit model.',
  'cat.teamModel.A2.pro1':
    'Ruimte voor complexe casussen: omdat het team alleen complexe of meervoudige problematiek krijgt, heeft het meer tijd en ruimte om die op te pakken en er de regie in te voeren.',
  'cat.teamModel.A2.pro2':
    'Voortbouwen op wat er al is: een voorliggend veld dat vóór de transities goed georganiseerd was, blijft overeind en het team haakt daarop aan. Wie die voorzieningen al gebruikte, professional of inwoner, weet de weg nog. Het voorliggend veld neemt dan de enkelvoudige vragen en de lichte steun voor zijn rekening, het team alleen wat complex is of om gespecialiseerde zorg vraagt.',
  'cat.teamModel.A2.pro3':
    'Vakkennis blijft op peil: de specialisten in het team krijgen vooral complexe vragen, en dat daagt hen uit hun specialistische kennis verder uit te bouwen.',
  'cat.teamModel.A2.pro3.caveat':
    'Kanttekening van de bron: dit voordeel kwam niet uitdrukkelijk naar voren bij de gemeenten die werden geïnterviewd.',
  'cat.teamModel.A2.con1':
    'Geen directe voordeur voor inwoners: zij weten niet altijd waar ze met een hulpvraag naartoe moeten.',
  'cat.teamModel.A2.con2':
    'Goede lijnen met het voorliggend veld: een team voor complexe problematiek krijgt zijn casussen van die partners, dus de samenwerking met hen weegt extra zwaar.',
  'cat.teamModel.A2.con3':
    'Alleen het probleem in beeld: door de nadruk op complexe vragen kunnen professionals blijven werken vanuit het probleem, met minder oog voor alle levensgebieden van een inwoner.',
  'cat.teamModel.domain.name': 'Domeinspecifiek team',
  'cat.teamModel.domain.summary':
    'Een team dat zich toespitst op een deel van de zorg- en dienstverlening, bijvoorbeeld op één of twee van de gebieden hulpverlening, lokale zorg en samenlevingsopbouw, in plaats van het hele sociale domein. Het nieuwsbericht noemt dit model alleen bij naam; deze omschrijving volgt De Waal e.a., volgens wie een team ook voor slechts een of twee van die gebieden kan kiezen.',
  'cat.teamModel.targetGroup.name': 'Doelgroepspecifiek team',
  'cat.teamModel.targetGroup.summary': 'Een team dat zich toespitst op een bepaalde leeftijdsgroep of doelgroep.',
  'cat.teamModel.noneInSources':
    'De bronnen geven voor dit model geen voor- en nadelen. Het nieuwsbericht verwijst daarvoor naar de volledige publicatie ‘Organisatievormen en positionering van (wijk)teams’, die niet in de planner is opgenomen.',

  // Positionering (Integraal werken in de wijk, 2017) en leeftijdsgroepen (eigen indeling van de planner)
  'cat.positioning.municipality': 'In eigen beheer van de gemeente',
  'cat.positioning.singleProvider': 'Uitbesteed aan één aanbieder',
  'cat.positioning.consortium': 'Uitbesteed aan meerdere aanbieders (consortium)',
  'cat.ageGroup.youth': 'Jeugd (0-17)',
  'cat.ageGroup.note':
    'Deze drie leeftijdsgroepen zijn een eigen indeling van de planner. De bronnen spreken van leeftijds- en doelgroepen en van aparte teams voor 18- en 18+, maar geven geen vaste grenzen.',
  'cat.ageGroup.adults': 'Volwassenen (18-64)',
  'cat.ageGroup.elderly': 'Ouderen (65+)',

  // Ontwerpvragen (De Waal e.a.) en de vragen-as (Integraal werken in de wijk, 2017)
  'cat.design.breadth.question': 'Hoe breed?',
  'cat.design.breadth.help':
    'Voor welk deel van zorg en dienstverlening is het team er: voor alle zorg- en sociale vragen, van alle leeftijden en doelgroepen, of voor een afgebakend deel? En blijft het bij steun aan individuele inwoners, of hoort ook collectief aanbod erbij, zoals hulp bij bewonersinitiatieven of laagdrempelige plekken in de wijk voor cultuur of ontmoeting?',
  'cat.design.breadth.option.all': 'Het hele domein, alle leeftijds- en doelgroepen',
  'cat.design.breadth.option.focused': 'Toegespitst op bepaalde terreinen, leeftijden of doelgroepen',
  'cat.design.depth.question': 'Hoe ver?',
  'cat.design.depth.help':
    'Lost het team wat het signaleert zelf op, of verwijst het door naar specialisten in een schil om het team heen? En welke specialismen moeten in het team zelf zitten?',
  'cat.design.depth.option.solve': 'Signaleren en zelf oplossen',
  'cat.design.depth.option.signalAndRefer': 'Signaleren en doorverwijzen naar de schil',
  'cat.design.integration.question': 'Hoe geïntegreerd?',
  'cat.design.integration.help':
    'Blijven de leden werken vanuit hun eigen (categoriale) instelling, of gaan ze, gedetacheerd of niet, echt deel uitmaken van het lokale team? Hoe nauw er wordt samengewerkt en hoeveel mandaat het team krijgt, bepalen welke nieuwe manieren van werken en samenwerken nodig zijn.',
  'cat.design.integration.option.ownOrganisation':
    'Leden werken vanuit hun eigen instelling, zonder gezamenlijk mandaat',
  'cat.design.integration.option.seconded':
    'Leden zijn in het team ondergebracht (al dan niet gedetacheerd), zonder eigen mandaat',
  'cat.design.integration.option.mandated': 'Leden zijn in het team ondergebracht en het team heeft een eigen mandaat',
  'cat.design.questions.reach': 'Welke vragen komen bij het team?',
  'cat.design.questions.arrival': 'Hoe komen ze binnen?',
  'cat.design.questions.help':
    'Het team kan elke hulpvraag van elke inwoner aannemen, of zich beperken tot de complexe hulpvragen.',
} as const;
