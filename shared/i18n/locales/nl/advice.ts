/**
 * Design advice (shared/engine/advice): per rule what it looks at (`.about`, for the
 * help page and the docs) and the advice itself (`.text`). Names arrive as parameters.
 * Every `.about` names its source (article and section) or says it is the planner's own
 * check: "De Waal e.a. (Hogeschool Utrecht)" is "Integrale wijkteams: een kwestie van kiezen";
 * "Integraal werken in de wijk (2017)" is "Brede integrale wijkteams: voor- en nadelen".
 */
export const advice = {
  'rule.partnershipAsTeam.about':
    'Een samenwerkingsverband dat als team met bemenste functies is ingericht. Bron: De Waal e.a. (Hogeschool Utrecht), ‘Verschillende teammodellen’.',
  'rule.partnershipAsTeam.text':
    'Dit plan verdeelt mensen over functies alsof het een team is, maar het type is samenwerkingsverband: een casus- of netwerkoverleg zonder gedeelde verantwoordelijkheid. Dragen de leden samen verantwoordelijkheid, kies dan geïntegreerd of integraal team; anders is het een overleg, geen team.',
  'rule.integraalHierarchical.about':
    'Een integraal team waarvan de meeste leden hiërarchisch aan hun moederorganisatie gebonden blijven. Bron: De Waal e.a. (Hogeschool Utrecht), ‘Verschillende teammodellen’.',
  'rule.integraalHierarchical.text':
    'Een integraal team is gemandateerd en werkt zelfstandig; de leden zijn maar licht, en eerder functioneel dan hiërarchisch, aan hun moederorganisatie gebonden. Hier blijven {hierarchical} van de {members} leden hiërarchisch gebonden; dan is het de vraag of het team in de praktijk zelf kan beslissen. Maak de binding functioneel of kies het type geïntegreerd team.',
  'rule.integraalWithoutMandate.about':
    'Een integraal team waarvan de ontwerpkeuze ‘Hoe geïntegreerd?’ geen eigen mandaat is. Bron: De Waal e.a. (Hogeschool Utrecht), ‘Verschillende teammodellen’.',
  'rule.integraalWithoutMandate.text':
    'Dit team heet integraal, maar bij ‘Hoe geïntegreerd?’ staat geen eigen mandaat. Een integraal team is gemandateerd en werkt zelfstandig, met beslissingsbevoegdheid op meerdere terreinen en een eigen leidinggevende. Leg dat mandaat vast of kies het type geïntegreerd team.',
  'rule.integraalWithoutLeader.about':
    'Een integraal team zonder eigen leidinggevende. Bron: De Waal e.a. (Hogeschool Utrecht), ‘Verschillende teammodellen’ (de eigen leidinggevende van een integraal team) en ‘Vakkennis, talent en de cruciale rol van teamleiders’ (de rol van teamleiders).',
  'rule.integraalWithoutLeader.text':
    'Voor dit integrale team is geen eigen leidinggevende vastgelegd. Bij een integraal team hoort een eigen leidinggevende, die verantwoording verschuldigd is aan de gemeente, het consortium of beide. Teamleiders zijn bovendien de schakel tussen beleid en werkvloer. Leg bij de teaminrichting vast wie de leidinggevende is.',
  'rule.leaderSpanExceeded.about':
    'Een leidinggevende die aan meer mensen leiding geeft dan de grens die in het plan is ingesteld. Eigen controle van de planner: de bronnen noemen geen grens, die stelt de gebruiker zelf in.',
  'rule.leaderSpanExceeded.text':
    'De leidinggevende geeft leiding aan {span} mensen, meer dan de ingestelde grens van {limit}. Er blijft dan weinig tijd voor aansturing en coaching van het team; overweeg minder mensen per leidinggevende of een tweede leidinggevende.',
  'rule.leaderAccountability.about':
    'Een integraal team waarvan de leidinggevende geen verantwoording aflegt aan wie het team volgens de positionering aanstuurt. Bron: De Waal e.a. (Hogeschool Utrecht), ‘Verschillende teammodellen’, en Integraal werken in de wijk (2017) over positionering; de vergelijking tussen beide is een eigen controle van de planner.',
  'rule.leaderAccountability.consortium':
    'Het team is ondergebracht bij een consortium van aanbieders, maar volgens het plan legt de leidinggevende geen verantwoording af aan dat consortium. Leg vast wie het team mandateert en welke afspraken de aanbieders daarover onderling maken.',
  'rule.leaderAccountability.municipality':
    'De gemeente heeft het team in eigen beheer, maar volgens het plan legt de leidinggevende geen verantwoording af aan de gemeente. Leg vast aan wie de leidinggevende verantwoording aflegt.',
  'rule.singleProviderSeconded.about':
    'Een team bij één aanbieder met leden uit meer dan één moederorganisatie. Eigen controle van de planner, bij de vraag ‘Hoe geïntegreerd?’ (De Waal e.a., Hogeschool Utrecht) en de positionering (Integraal werken in de wijk, 2017).',
  'rule.singleProviderSeconded.text':
    'Het team is uitbesteed aan één aanbieder, maar de leden komen uit {organisations} moederorganisaties. Wie vanuit een andere organisatie in het team werkt, bijvoorbeeld gedetacheerd, heeft afspraken nodig tussen die organisatie en de aanbieder over aansturing, mandaat en verantwoording.',
  'rule.modelQuestionMismatch.about':
    'Het gekozen model (A1 of A2) en het antwoord op de vraag welke hulpvragen het team bereiken, spreken elkaar tegen. Bron: Integraal werken in de wijk (2017), ‘Voor- en nadelen van model A1’ en ‘Voor- en nadelen van model A2’.',
  'rule.modelQuestionMismatch.a2AllQuestions':
    'Het model is A2, een team voor complexe en meervoudige hulpvragen, maar bij de hulpvragen staat dat alle vragen het team bereiken. Pas het model of dat antwoord aan, zodat ze hetzelfde zeggen.',
  'rule.modelQuestionMismatch.a2Direct':
    'Het model is A2: inwoners met complexe vragen worden door het voorliggend veld en de eerste lijn aangemeld. Bij ‘Hoe komen ze binnen?’ staat echter dat inwoners alleen rechtstreeks komen. Pas het model of dat antwoord aan.',
  'rule.modelQuestionMismatch.a1Complex':
    'Het model is A1, een team voor alle hulpvragen, maar bij de hulpvragen staat dat alleen complexe en meervoudige vragen het team bereiken; dat past bij model A2. Pas het model of dat antwoord aan.',
  'rule.a1NoYouthExpertise.about':
    'Een A1-team zonder (voldoende) vakkennis van jeugd bij de leden en zonder consultatieafspraak voor jeugd. Bron: Integraal werken in de wijk (2017), ‘Voor- en nadelen van model A1’, nadeel ‘Specialistische- en domeinspecifieke kennis onderhouden’.',
  'rule.a1NoYouthExpertise.text':
    'Geen lid van dit A1-team heeft (voldoende) vakkennis van jeugd, en er is geen consultatie voor jeugd vastgelegd. In een breed team vraagt zulke specialistische kennis extra onderhoud; ontbreekt ze, dan is de kans groter dat zorgen om kinderen en gezinnen over het hoofd worden gezien, dat pas laat advies wordt gevraagd of dat niet de juiste hulp wordt ingezet. Neem iemand met vakkennis van jeugd op of leg vast bij wie het team advies over jeugd vraagt.',
  'rule.a1NarrowBreadth.about':
    'Een A1-team dat niet alle leeftijdsgroepen bedient, en wat zo’n splitsing vraagt. Bron: Integraal werken in de wijk (2017), ‘Voor- en nadelen van model A1’ (Gouda over gescheiden teams voor 18- en 18+); welke afspraken een splitsing vraagt, is een eigen advies van de planner.',
  'rule.a1NarrowBreadth.textAt18':
    'Dit A1-team is er niet voor alle leeftijden (niet voor: {ageGroups}). Aparte teams voor 18- en 18+ komen voor. De gemeente Gouda overwoog juist één team voor alle leeftijden, omdat de problemen van een jongere niet stoppen op zijn achttiende en veel vragen het hele huishouden raken. Blijft de splitsing, leg dan vast hoe jongeren die 18 worden aan het andere team worden overgedragen, zodat hun hulp doorloopt, en hoe dit team afstemt met het andere team als ouders en kinderen uit één huishouden bij verschillende teams staan.',
  'rule.a1NarrowBreadth.text':
    'Dit A1-team is er niet voor alle leeftijden (niet voor: {ageGroups}). Leg vast welk team deze inwoners helpt, en hoe dit team met dat team afstemt als leden van één huishouden bij verschillende teams staan.',
  'rule.a1NoEscalation.about':
    'Functies in een A1-team zonder vastgelegde route om zwaardere problematiek naar de schil te brengen. Eigen controle van de planner, bij het A1-nadeel ‘Zwaardere problematiek blijft te lang hangen’ (Integraal werken in de wijk, 2017, ‘Voor- en nadelen van model A1’): de bron noemt het risico, de opschaalroute is het middel dat de planner voorstelt.',
  'rule.a1NoEscalation.text_one':
    'Bij {functions} staat niet hoe zwaardere problematiek naar de schil gaat. Houdt een breed team vragen te lang bij zich omdat specifieke kennis tekortschiet, dan dreigt gespecialiseerde zorg te laat te komen. Een vaste opschaalroute helpt dat te voorkomen: leg vast wanneer en naar wie het team opschaalt.',
  'rule.a1NoEscalation.text_other':
    'Bij {count} functies ({functions}) staat niet hoe zwaardere problematiek naar de schil gaat. Houdt een breed team vragen te lang bij zich omdat specifieke kennis tekortschiet, dan dreigt gespecialiseerde zorg te laat te komen. Een vaste opschaalroute helpt dat te voorkomen: leg per functie vast wanneer en naar wie het team opschaalt.',
  'rule.frontFieldMissing.about':
    'Een A2-team, of een team waar hulpvragen via aanmelding binnenkomen, zonder partners in het voorliggend veld. Bron: Integraal werken in de wijk (2017), ‘Voor- en nadelen van model A2’, nadeel ‘Aansluiting op voorliggend veld’, voor A2; voor andere teams met aanmelding is dit een eigen controle van de planner.',
  'rule.frontFieldMissing.text':
    'Dit team krijgt (een deel van) zijn casussen aangemeld door partners in het voorliggend veld, zoals welzijnswerk, huisarts of school. Het plan noemt nog geen van die partners. Leg vast wie dat zijn en hoe zij aanmelden.',
  'rule.frontFieldNoRoute.about':
    'Een partner in het voorliggend veld zonder vastgelegde aanmeldroute. Eigen controle van de planner, bij het A2-nadeel ‘Aansluiting op voorliggend veld’ (Integraal werken in de wijk, 2017, ‘Voor- en nadelen van model A2’); voor andere teams waar vragen via aanmelding binnenkomen geldt dezelfde controle.',
  'rule.frontFieldNoRoute.text_one':
    'Bij {partners} in het voorliggend veld staat niet hoe casussen bij het team worden aangemeld. Leg vast wie aanmeldt, waar, en hoe snel het team reageert.',
  'rule.frontFieldNoRoute.text_other':
    'Bij {count} partners in het voorliggend veld ({partners}) staat niet hoe casussen bij het team worden aangemeld. Leg per partner vast wie aanmeldt, waar, en hoe snel het team reageert.',
  'rule.a2LifeDomains.about':
    'Levensgebieden die geen functie in een A2-team bedient. Bron: Integraal werken in de wijk (2017), ‘Voor- en nadelen van model A2’, nadeel ‘Probleemgeoriënteerde aanpak’; de lijst levensgebieden is een eigen keuze van de planner.',
  'rule.a2LifeDomains.text':
    'De functies in dit A2-team bedienen samen niet alle levensgebieden; geen enkele functie richt zich op: {domains}. Door de focus op complexe problemen dreigt een probleemgerichte aanpak met minder oog voor het hele leven van inwoners. Leg bij de functies vast welke levensgebieden ze bedienen, of spreek af wie de andere bewaakt. De lijst levensgebieden is een keuze van de planner; de bronnen geven er geen.',
  'rule.youthWithoutFunction.about':
    'Het team is er voor jeugd, maar geen functie (in team of schil) vraagt vakkennis van jeugd. Eigen controle van de planner, bij de keuze voor leeftijdsgroepen (De Waal e.a., Hogeschool Utrecht, de vraag ‘Hoe breed?’).',
  'rule.youthWithoutFunction.text':
    'Het team is er ook voor jeugd (0-17), maar geen functie in het team of de schil vraagt vakkennis van jeugd. Voeg een jeugdfunctie toe, of leg vast naar wie het team jeugdvragen verwijst.',
  'rule.referWithoutShell.about':
    'Het team signaleert en verwijst door, maar het plan zet geen functie in de schil. Bron: De Waal e.a. (Hogeschool Utrecht), de vraag ‘Hoe ver gaan zorg en ondersteuning?’.',
  'rule.referWithoutShell.text':
    'Bij ‘Hoe ver?’ staat dat het team signaleert en doorverwijst, maar geen enkele functie staat in de schil. Leg vast naar welke specialistische functies het team verwijst.',
  'rule.solveMostlyShell.about':
    'Het team lost zelf op, maar de meeste functies staan in de schil. Bron: De Waal e.a. (Hogeschool Utrecht), de vraag ‘Hoe ver gaan zorg en ondersteuning?’.',
  'rule.solveMostlyShell.text':
    'Bij ‘Hoe ver?’ staat dat het team zelf oplost, maar {inShell} van de {functions} functies staan in de schil. Breng functies in het team onder, of kies voor signaleren en doorverwijzen.',
  'rule.crisisPlacement.about':
    'Crisisinterventie waarvan de plaats (team of schil) niet past bij het antwoord op ‘Hoe ver?’, zonder vastgelegde afspraak. Bron: De Waal e.a. (Hogeschool Utrecht), ‘Inleiding: de drie vragen’ en ‘Het is lang niet altijd duidelijk welke functies een team dient te vervullen’; de vergelijking is een eigen controle van de planner.',
  'rule.crisisPlacement.inTeam':
    '{function} staat in het team, maar bij ‘Hoe ver?’ staat dat het team signaleert en doorverwijst. Een team kan crisisinterventie zelf als functie hebben; kies dan bij ‘Hoe ver?’ voor zelf oplossen, of plaats de functie in de schil als het team crises doorverwijst.',
  'rule.crisisPlacement.inShell':
    '{function} staat in de schil, terwijl het team volgens ‘Hoe ver?’ zelf oplost, en het plan zegt niet wie het team bij een crisis inschakelt. Breng de functie in het team onder, of leg bij de functie vast bij wie het team te rade gaat en hoe snel.',
  'rule.collectiveWithoutFunction.about':
    'Het team kiest voor collectieve arrangementen, maar geen functie in het team draagt ze. Bron: De Waal e.a. (Hogeschool Utrecht), de vraag ‘Hoe breed?’.',
  'rule.collectiveWithoutFunction.text':
    'Bij ‘Hoe breed?’ staat dat het team ook collectief werkt (bewonersinitiatieven, voorzieningen in de wijk), maar geen functie in het team draagt dat. Voeg Collectieve arrangementen of Samenlevingsopbouw toe.',
  'rule.functionWithoutMembers.about': 'Een functie in het team waar niemand in staat. Eigen controle van de planner.',
  'rule.functionWithoutMembers.text':
    'Niemand vervult de functie {function}. Wijs iemand toe of plaats de functie bewust in de schil.',
  'rule.functionShortOfHours.about':
    'Een bemenste functie in het team met minder uren dan nodig. Eigen controle van de planner.',
  'rule.functionShortOfHours.text_one':
    '{function} heeft {allocated} van de {required} uur per week; er ontbreekt {count} uur.',
  'rule.functionShortOfHours.text_other':
    '{function} heeft {allocated} van de {required} uur per week; er ontbreekt {count} uur.',
  'rule.expertiseMissing.about':
    'Vakkennis die een functie in het team vraagt en die geen teamlid heeft, terwijl er wel een consultatieafspraak voor is. Eigen controle van de planner, bij de vakkennis uit De Waal e.a. (Hogeschool Utrecht), ‘Vakkennis, talent en de cruciale rol van teamleiders’.',
  'rule.expertiseMissing.text':
    'Geen teamlid heeft vakkennis van {expertise}, terwijl {functions} daarom vraagt. Er is wel consultatie voor afgesproken; is die voor deze functie niet genoeg, neem dan iemand met deze vakkennis op of plaats de functie in de schil.',
  'rule.expertiseNoConsultation.about':
    'Vakkennis die een functie vraagt en die geen teamlid op het gevraagde niveau heeft, zonder consultatieafspraak. Eigen controle van de planner, afgeleid van het A1-nadeel ‘Specialistische- en domeinspecifieke kennis onderhouden’ (Integraal werken in de wijk, 2017, ‘Voor- en nadelen van model A1’).',
  'rule.expertiseNoConsultation.text':
    'Geen teamlid heeft vakkennis van {expertise} op niveau {level} (gevraagd door {functions}), en er is geen consultatie voor afgesproken. Zonder die afspraak wordt problematiek eerder gemist of te laat besproken. Neem iemand met deze vakkennis in het team op, of leg vast bij wie het team hierover advies vraagt: bij de teaminrichting, of als consultatie bij een functie in de schil.',
  'rule.shellExpertiseUnrecognised.about':
    'Vakkennis die alleen in de schil zit, met een consultatieafspraak maar zonder teamlid dat de vraag herkent. Eigen controle van de planner, afgeleid van het A1-nadeel over problematiek niet herkennen en te lang wachten met consulteren (Integraal werken in de wijk, 2017, ‘Voor- en nadelen van model A1’).',
  'rule.shellExpertiseUnrecognised.text':
    'Vakkennis van {expertise} zit alleen in de schil. Zorg dat het team weet wanneer het die inroept (scholing, vaste consultatie), anders dreigt het team te laat door te verwijzen.',
  'rule.competencySinglePerson.about':
    'Een competentie die het team nodig heeft en die op één persoon rust. Eigen controle van de planner, bij de twaalf eigenschappen voor integraal werken die De Waal e.a. (Hogeschool Utrecht) noemen en die onder meer in het Competentieprofiel generalist staan.',
  'rule.competencySinglePerson.text':
    '{competency} op niveau {level} rust alleen op {holder}. Bij afwezigheid of vertrek mist het team dit; ontwikkel het bij een tweede teamlid.',
  'rule.teamRoleAbsent.about':
    'Een teamrol die geen teamlid sterk heeft (niveau {level} of hoger). Eigen controle van de planner, bij De Waal e.a. (Hogeschool Utrecht), ‘Vakkennis, talent en de cruciale rol van teamleiders’ (op de werkbijeenkomst benadrukt: ontschotting werkt alleen als teamrollen elkaar versterken).',
  'rule.teamRoleAbsent.text_one':
    'Geen teamlid heeft de teamrol {roles} sterk (niveau {level} of hoger). Ontschotting werkt alleen als teamrollen elkaar versterken (werkbijeenkomst, De Waal e.a.); bespreek wie deze rol kan oppakken of let erop bij een nieuw teamlid.',
  'rule.teamRoleAbsent.text_other':
    'Geen teamlid heeft deze {count} teamrollen sterk (niveau {level} of hoger): {roles}. Ontschotting werkt alleen als teamrollen elkaar versterken (werkbijeenkomst, De Waal e.a.); bespreek wie deze rollen kan oppakken of let erop bij nieuwe teamleden.',
  'rule.teamRoleSingle.about':
    'Een teamrol die maar één teamlid sterk heeft (niveau {level} of hoger). Eigen controle van de planner, bij De Waal e.a. (Hogeschool Utrecht), ‘Vakkennis, talent en de cruciale rol van teamleiders’ (op de werkbijeenkomst benadrukt: ontschotting werkt alleen als teamrollen elkaar versterken).',
  'rule.teamRoleSingle.text':
    'De teamrol {role} rust alleen op {holder}. Bij afwezigheid of vertrek valt die rol weg; kijk wie deze rol erbij kan leren.',
  'rule.teamRolesNotRated.about':
    'Een team waarvan nog niemand op teamrollen is beoordeeld. Eigen controle van de planner, bij De Waal e.a. (Hogeschool Utrecht), ‘Vakkennis, talent en de cruciale rol van teamleiders’.',
  'rule.teamRolesNotRated.text':
    'Nog geen teamlid is beoordeeld op teamrollen. Op de werkbijeenkomst over het onderzoek van De Waal e.a. werd benadrukt dat het wegnemen van de schotten alleen slaagt als teamrollen elkaar versterken, er onderling vertrouwen is en men elkaar en elkaars kwaliteiten kent en waardeert. Vul de teamrollen bij de mensen in om te zien welke rollen ontbreken of op één persoon rusten.',
  'rule.overAllocated.about':
    'Een professional die in alle teams samen meer uren heeft dan contracturen. Eigen controle van de planner.',
  'rule.overAllocated.text':
    '{name} is voor {allocated} uur ingezet, maar heeft een contract van {contract} uur. Verminder uren of verdeel het werk anders.',
  'rule.assessmentMissing.about': 'Een teamlid zonder beoordelingsdatum. Eigen controle van de planner.',
  'rule.assessmentMissing.text':
    'De competenties van {name} zijn nooit beoordeeld; de dekking rust op aannames. Plan een beoordeling.',
  'rule.assessmentOutdated.about':
    'Een teamlid van wie de beoordeling ouder is dan {months} maanden. Eigen controle van de planner.',
  'rule.assessmentOutdated.text':
    'De beoordeling van {name} is van {date}, langer dan {months} maanden geleden. Werk de beoordeling bij.',
} as const;
