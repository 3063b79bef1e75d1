/**
 * The catalogue's data in Dutch: the built-in competencies of the generalist profile
 * (descriptions are our own words), function templates, disciplines, expertise,
 * organisation types, team models with their pros and cons, and the design questions.
 * shared/catalogue/ builds its LocalText values from these keys (bothLanguagesOf), so
 * the words live only here.
 */
export const catalogueData = {
  // Competentieprofiel generalist
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
  'cat.function.access.description': 'Het aanspreekpunt voor inwoners, vaak gekoppeld aan het Wmo-loket.',
  'cat.function.caseCoordination.name': 'Casusregie',
  'cat.function.caseCoordination.description': 'Eén huishouden, één plan, één regisseur die de hulp samenbrengt.',
  'cat.function.collectiveArrangements.name': 'Collectieve arrangementen',
  'cat.function.collectiveArrangements.description':
    'Laagdrempelige voorzieningen en groepsaanbod in de wijk opzetten en onderhouden.',
  'cat.function.youth.name': 'Jeugd',
  'cat.function.youth.description':
    'Vragen van jeugdigen en gezinnen, van lichte opvoedvragen tot zorgen over veiligheid.',

  // Organisatietypen
  'cat.orgType.samenwerkingsverband.name': 'Samenwerkingsverband',
  'cat.orgType.samenwerkingsverband.summary':
    'Casus- of netwerkoverleg. Geen gedeelde verantwoordelijkheid, dus eigenlijk geen team.',
  'cat.orgType.geintegreerd.name': 'Geïntegreerd team',
  'cat.orgType.geintegreerd.summary':
    'Vakmensen uit meerdere organisaties vormen samen één eenheid voor een gebied en blijven sterk aan hun eigen organisatie gebonden.',
  'cat.orgType.integraal.name': 'Integraal team',
  'cat.orgType.integraal.summary':
    'Zelfsturend team met mandaat en één gedeelde visie, met een eigen teamleider. Leden zijn vooral functioneel aan hun moederorganisatie verbonden.',

  // Teammodellen, met voor- en nadelen
  'cat.teamModel.A1.name': 'A1 – breed integraal team voor alle vragen',
  'cat.teamModel.A1.summary': 'Eén team voor alle inwoners en alle vragen, van 0 tot 100+.',
  'cat.teamModel.A1.pro1': 'Inwoners hebben één duidelijk aanspreekpunt.',
  'cat.teamModel.A1.pro2': 'Teamleden leren breder te kijken dan hun eigen vak.',
  'cat.teamModel.A1.pro3': 'Eén huishouden, één plan, één regisseur over de hele levensloop.',
  'cat.teamModel.A1.con1':
    'Specialistische kennis (zoals jeugd) vraagt extra onderhoud; anders worden problemen gemist of wordt te laat geconsulteerd.',
  'cat.teamModel.A1.con2': 'Zwaardere problematiek blijft te lang in het team hangen.',
  'cat.teamModel.A2.name': 'A2 – breed integraal team voor complexe en meervoudige vragen',
  'cat.teamModel.A2.summary':
    'Een team dat zich richt op complexe situaties; eenvoudige vragen gaan via het voorliggend veld.',
  'cat.teamModel.A2.pro1': 'Tijd en aandacht voor complexe situaties en hun regie.',
  'cat.teamModel.A2.pro2': 'Bouwt voort op het bestaande voorliggend veld.',
  'cat.teamModel.A2.pro3': 'Specialistische kennis blijft op peil.',
  'cat.teamModel.A2.con1': 'Geen direct aanspreekpunt voor inwoners.',
  'cat.teamModel.A2.con2': 'Afhankelijk van het voorliggend veld om situaties aan te melden.',
  'cat.teamModel.A2.con3': 'Kans op een probleemgerichte in plaats van een brede blik op het hele leven.',
  'cat.teamModel.domain.name': 'Domeinspecifiek team',
  'cat.teamModel.domain.summary': 'Een team voor één domein, zoals zorg of welzijn.',
  'cat.teamModel.domain.pro1': 'Diepe kennis van het eigen domein.',
  'cat.teamModel.domain.con1': 'Vragen die meerdere domeinen raken vragen goede afspraken met andere teams.',
  'cat.teamModel.targetGroup.name': 'Doelgroepspecifiek team',
  'cat.teamModel.targetGroup.summary': 'Een team voor één doelgroep, zoals jeugd of kwetsbare inwoners.',
  'cat.teamModel.targetGroup.pro1': 'Gerichte kennis van de doelgroep.',
  'cat.teamModel.targetGroup.con1': 'Huishoudens met vragen buiten de doelgroep krijgen te maken met meerdere teams.',

  // Positionering en leeftijdsgroepen
  'cat.positioning.municipality': 'Gemeente voert zelf uit',
  'cat.positioning.singleProvider': 'Uitbesteed aan één aanbieder',
  'cat.positioning.consortium': 'Uitbesteed aan meerdere aanbieders (consortium)',
  'cat.ageGroup.youth': 'Jeugd (0-17)',
  'cat.ageGroup.adults': 'Volwassenen (18-64)',
  'cat.ageGroup.elderly': 'Ouderen (65+)',

  // Ontwerpvragen
  'cat.design.breadth.question': 'Hoe breed?',
  'cat.design.breadth.help':
    'Welke leefgebieden en doelgroepen bedient het team, en doet het ook collectieve arrangementen?',
  'cat.design.breadth.option.all': 'Alle leeftijden en doelgroepen',
  'cat.design.breadth.option.focused': 'Gericht op een deel',
  'cat.design.depth.question': 'Hoe ver?',
  'cat.design.depth.help': 'Lost het team zelf op, of signaleert en verwijst het naar de specialistische schil?',
  'cat.design.depth.option.solve': 'Zelf oplossen',
  'cat.design.depth.option.signalAndRefer': 'Signaleren en doorverwijzen',
  'cat.design.integration.question': 'Hoe geïntegreerd?',
  'cat.design.integration.help':
    'Werken leden vanuit hun eigen organisatie, zijn ze gedetacheerd, en hoeveel mandaat heeft het team?',
  'cat.design.integration.option.ownOrganisation': 'Vanuit de eigen organisatie',
  'cat.design.integration.option.seconded': 'Gedetacheerd',
  'cat.design.integration.option.mandated': 'Team met eigen mandaat',
} as const;
