/**
 * Design advice (shared/engine/advice): per rule what it looks at (`.about`, for the
 * help page and the docs) and the advice itself (`.text`). Names arrive as parameters.
 */
export const advice = {
  'rule.partnershipAsTeam.about': 'Een samenwerkingsverband dat als team met bemenste functies is ingericht.',
  'rule.partnershipAsTeam.text':
    'Dit plan verdeelt mensen over functies alsof het een team is, maar het type is samenwerkingsverband: een casus- of netwerkoverleg zonder gedeelde verantwoordelijkheid. Dragen de leden samen verantwoordelijkheid, kies dan geïntegreerd of integraal team; anders is het een overleg, geen team.',
  'rule.integraalHierarchical.about':
    'Een integraal team waarvan de meeste leden hiërarchisch aan hun moederorganisatie gebonden blijven.',
  'rule.integraalHierarchical.text':
    'Een integraal team stuurt zichzelf, maar {hierarchical} van de {members} leden blijven hiërarchisch aan hun moederorganisatie gebonden. Dan beslist het team in de praktijk niet zelf. Maak de binding functioneel of kies het type geïntegreerd team.',
  'rule.integraalWithoutMandate.about':
    'Een integraal team waarvan de ontwerpkeuze "hoe geïntegreerd" geen eigen mandaat is.',
  'rule.integraalWithoutMandate.text':
    'Dit team heet integraal, maar bij "Hoe geïntegreerd?" staat geen eigen mandaat. Een integraal team heeft beslisbevoegdheid en een eigen teamleider; leg dat mandaat vast of kies het type geïntegreerd team.',
  'rule.a1NoYouthExpertise.about': 'Een A1-team zonder jeugdexpertise bij de leden.',
  'rule.a1NoYouthExpertise.text':
    'Dit A1-team is er voor alle vragen van 0 tot 100+, maar geen teamlid heeft jeugdexpertise. Zorgen over kinderen worden dan makkelijk gemist of te laat besproken. Neem iemand met jeugdexpertise op of spreek vaste consultatie af.',
  'rule.a1NarrowBreadth.about': 'Een A1-team waarvan de breedte of leeftijdsgroepen niet bij "alle vragen" passen.',
  'rule.a1NarrowBreadth.text':
    'Een A1-team is bedoeld voor alle inwoners en alle vragen, maar dit team is smaller opgezet. Kies bewust: verbreed het team of kies een doelgroep- of domeinspecifiek model.',
  'rule.a1NarrowBreadth.textWithAgeGroups':
    'Een A1-team is bedoeld voor alle inwoners en alle vragen, maar dit team is smaller opgezet (ontbreekt: {ageGroups}). Kies bewust: verbreed het team of kies een doelgroep- of domeinspecifiek model.',
  'rule.a2NoAccessRoute.about': 'Een A2-team zonder toegangsfunctie in team of schil.',
  'rule.a2NoAccessRoute.text':
    'Een A2-team heeft geen eigen loket: inwoners komen binnen via het voorliggend veld. Dit plan legt niet vast waar die toegang zit. Voeg de functie Toegang / frontoffice toe (in de schil als een ander die uitvoert) en spreek af hoe situaties worden aangemeld.',
  'rule.youthWithoutFunction.about':
    'Het team is er voor jeugd, maar geen functie (in team of schil) vraagt jeugdexpertise.',
  'rule.youthWithoutFunction.text':
    'Het team is er ook voor jeugd (0-17), maar geen functie in het team of de schil vraagt jeugdexpertise. Voeg een jeugdfunctie toe, of leg vast naar wie het team jeugdvragen verwijst.',
  'rule.referWithoutShell.about': 'Het team signaleert en verwijst door, maar het plan zet geen functie in de schil.',
  'rule.referWithoutShell.text':
    'Bij "Hoe ver?" staat dat het team signaleert en doorverwijst, maar geen enkele functie staat in de schil. Leg vast naar welke specialistische functies het team verwijst.',
  'rule.solveMostlyShell.about': 'Het team lost zelf op, maar de meeste functies staan in de schil.',
  'rule.solveMostlyShell.text':
    'Bij "Hoe ver?" staat dat het team zelf oplost, maar {inShell} van de {functions} functies staan in de schil. Haal functies het team in, of kies voor signaleren en doorverwijzen.',
  'rule.collectiveWithoutFunction.about':
    'Het team kiest voor collectieve arrangementen, maar geen functie in het team draagt ze.',
  'rule.collectiveWithoutFunction.text':
    'Bij "Hoe breed?" staat dat het team ook collectief werkt (bewonersinitiatieven, voorzieningen in de wijk), maar geen functie in het team draagt dat. Voeg Collectieve arrangementen of Samenlevingsopbouw toe.',
  'rule.functionWithoutMembers.about': 'Een functie in het team waar niemand in staat.',
  'rule.functionWithoutMembers.text':
    'Niemand vervult de functie {function}. Wijs iemand toe of plaats de functie bewust in de schil.',
  'rule.functionShortOfHours.about': 'Een bemenste functie in het team met minder uren dan nodig.',
  'rule.functionShortOfHours.text_one':
    '{function} heeft {allocated} van de {required} uur per week; er ontbreekt {count} uur.',
  'rule.functionShortOfHours.text_other':
    '{function} heeft {allocated} van de {required} uur per week; er ontbreekt {count} uur.',
  'rule.expertiseMissing.about': 'Expertise die een functie in het team vraagt en die geen teamlid heeft.',
  'rule.expertiseMissing.text':
    'Geen teamlid heeft expertise in {expertise}, terwijl {functions} daarom vraagt. Neem iemand met deze expertise op of plaats de functie in de schil.',
  'rule.shellExpertiseUnrecognised.about': 'Expertise die alleen in de schil zit, zonder teamlid dat de vraag herkent.',
  'rule.shellExpertiseUnrecognised.text':
    'Expertise in {expertise} zit alleen in de schil. Zorg dat het team weet wanneer het die inroept (scholing, vaste consultatie), anders wordt te laat doorverwezen.',
  'rule.competencySinglePerson.about': 'Een competentie die het team nodig heeft en die op één persoon rust.',
  'rule.competencySinglePerson.text':
    '{competency} op niveau {level} rust alleen op {holder}. Bij afwezigheid of vertrek mist het team dit; ontwikkel het bij een tweede teamlid.',
  'rule.overAllocated.about': 'Een professional die in alle teams samen meer uren heeft dan contracturen.',
  'rule.overAllocated.text':
    '{name} staat voor {allocated} uur ingepland, maar heeft een contract van {contract} uur. Verminder uren of verdeel het werk anders.',
  'rule.assessmentMissing.about': 'Een teamlid zonder beoordelingsdatum.',
  'rule.assessmentMissing.text':
    'De competenties van {name} zijn nooit beoordeeld; de dekking rust op aannames. Plan een beoordeling.',
  'rule.assessmentOutdated.about': 'Een teamlid van wie de beoordeling ouder is dan {months} maanden.',
  'rule.assessmentOutdated.text':
    'De beoordeling van {name} is van {date}, langer dan {months} maanden geleden. Werk de beoordeling bij.',
} as const;
