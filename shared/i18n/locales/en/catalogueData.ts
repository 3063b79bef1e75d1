import type { catalogueData as nl } from '../nl/catalogueData.js';

/** The catalogue's data in English; the same keys as the Dutch section. */
export const catalogueData: Record<keyof typeof nl, string> = {
  // Competentieprofiel generalist
  'cat.competency.adaptability.name': 'Adaptability',
  'cat.competency.adaptability.description': 'Keeps working well when tasks, colleagues or circumstances change.',
  'cat.competency.creativity.name': 'Creativity',
  'cat.competency.creativity.description': 'Comes up with original, unexpected answers to residents’ questions.',
  'cat.competency.coaching.name': 'Coaching',
  'cat.competency.coaching.description': 'Helps residents and colleagues find and grow their own strength.',
  'cat.competency.conflict.name': 'Conflict handling',
  'cat.competency.conflict.description': 'Names tensions and opposing interests and reaches a workable outcome.',
  'cat.competency.daring.name': 'Daring',
  'cat.competency.daring.description':
    'Takes considered risks, raises hard subjects, steps outside their own field when needed.',
  'cat.competency.flexibility.name': 'Flexible behaviour',
  'cat.competency.flexibility.description': 'Adjusts approach and style to the person and the situation.',
  'cat.competency.empathy.name': 'Empathy',
  'cat.competency.empathy.description': 'Understands the world, feelings and needs of residents and colleagues.',
  'cat.competency.innovation.name': 'Innovative capacity',
  'cat.competency.innovation.description': 'Invents, tries out and embeds new ways of working and facilities.',
  'cat.competency.networking.name': 'Networking',
  'cat.competency.networking.description':
    'Builds and keeps relations in the area and with organisations, and uses them.',
  'cat.competency.persuasion.name': 'Persuasiveness',
  'cat.competency.persuasion.description': 'Brings others along through arguments and attitude.',
  'cat.competency.cooperation.name': 'Cooperation',
  'cat.competency.cooperation.description': 'Contributes to a shared result across disciplines and organisations.',
  'cat.competency.selfdevelopment.name': 'Self-development',
  'cat.competency.selfdevelopment.description': 'Knows own strengths and weaknesses and works on growing.',

  // Domeinen en disciplines
  'cat.discipline.socialWorker': 'Social worker',
  'cat.discipline.districtNurse': 'District nurse',
  'cat.discipline.communityWorker': 'Community worker',
  'cat.discipline.volunteer': 'Volunteer',
  'cat.discipline.youthWorker': 'Youth and family worker',
  'cat.discipline.debtCounsellor': 'Debt counsellor',
  'cat.discipline.mentalHealthNurse': 'Community mental health nurse',
  'cat.discipline.clientSupporter': 'Client support consultant',
  'cat.discipline.wmoConsultant': 'Social support act consultant',
  'cat.discipline.elderlyAdvisor': 'Advisor for older people',
  'cat.discipline.youngPeopleWorker': 'Youth worker (young people)',

  // Expertise
  'cat.expertise.youth': 'Youth and family',
  'cat.expertise.mentalHealth': 'Mental health',
  'cat.expertise.debt': 'Debt and poverty',
  'cat.expertise.disability': 'Disability',
  'cat.expertise.elderly': 'Older people',
  'cat.expertise.somatic': 'Somatic and nursing care',
  'cat.expertise.addiction': 'Addiction',
  'cat.expertise.domesticViolence': 'Domestic violence',
  'cat.expertise.community': 'Community work and participation',
  'cat.expertise.income': 'Income and benefits',
  'cat.expertise.crisis': 'Crisis intervention',

  // Functies
  'cat.function.crisisIntervention.name': 'Crisis intervention',
  'cat.function.crisisIntervention.description': 'Stepping in quickly to stabilise a situation that gets out of hand.',
  'cat.function.socioPedagogical.name': 'Socio-pedagogical care',
  'cat.function.socioPedagogical.description': 'Support with parenting and growing up, at home and in the area.',
  'cat.function.socioPsychiatric.name': 'Socio-psychiatric care',
  'cat.function.socioPsychiatric.description': 'Support for residents with mental vulnerability or addiction.',
  'cat.function.disabilityCare.name': 'Disability care',
  'cat.function.disabilityCare.description': 'Support for residents with a physical or intellectual disability.',
  'cat.function.socialServices.name': 'Social services',
  'cat.function.socialServices.description':
    'Help with practical and social questions such as housing, work, relationships and benefits.',
  'cat.function.debtServices.name': 'Debt services',
  'cat.function.debtServices.description': 'Mapping, stabilising and settling debts, and preventing new ones.',
  'cat.function.communityDevelopment.name': 'Community development',
  'cat.function.communityDevelopment.description':
    'Strengthening residents’ initiatives and mutual support in the area.',
  'cat.function.somaticCare.name': 'Somatic care',
  'cat.function.somaticCare.description': 'Physical care and nursing at home, and noticing what else is going on.',
  'cat.function.access.name': 'Access point / front office',
  'cat.function.access.description': 'The point of contact for residents, often tied to the social support desk.',
  'cat.function.caseCoordination.name': 'Case coordination',
  'cat.function.caseCoordination.description': 'One household, one plan, one coordinator who brings the help together.',
  'cat.function.collectiveArrangements.name': 'Collective arrangements',
  'cat.function.collectiveArrangements.description':
    'Setting up and running low-threshold facilities and group activities in the area.',
  'cat.function.youth.name': 'Youth',
  'cat.function.youth.description':
    'Questions of children and families, from light parenting questions to safety concerns.',

  // Organisatietypen
  'cat.orgType.samenwerkingsverband.name': 'Partnership',
  'cat.orgType.samenwerkingsverband.summary':
    'Case or network consultation. No shared responsibility, so not really a team.',
  'cat.orgType.geintegreerd.name': 'Integrated team',
  'cat.orgType.geintegreerd.summary':
    'Professionals from several organisations form one unit for an area and stay closely tied to their own organisation.',
  'cat.orgType.integraal.name': 'Integral team',
  'cat.orgType.integraal.summary':
    'Self-directing, mandated team with one shared vision and its own leader. Members are tied to their mother organisation functionally rather than hierarchically.',

  // Teammodellen, met voor- en nadelen
  'cat.teamModel.A1.name': 'A1 – broad integral team for all questions',
  'cat.teamModel.A1.summary': 'One team for every resident and every question, ages 0 to 100+.',
  'cat.teamModel.A1.pro1': 'Residents have one clear point of contact.',
  'cat.teamModel.A1.pro2': 'Members learn to look beyond their own field.',
  'cat.teamModel.A1.pro3': 'One household, one plan, one coordinator across the whole life span.',
  'cat.teamModel.A1.con1':
    'Specialist knowledge (such as youth) needs extra upkeep; otherwise problems are missed or advice is sought too late.',
  'cat.teamModel.A1.con2': 'Heavier problems stay in the team for too long.',
  'cat.teamModel.A2.name': 'A2 – broad integral team for complex and multiple questions',
  'cat.teamModel.A2.summary': 'A team focused on complex situations; simple questions go through the first line.',
  'cat.teamModel.A2.pro1': 'Time and focus for complex situations and their coordination.',
  'cat.teamModel.A2.pro2': 'Builds on the existing first line.',
  'cat.teamModel.A2.pro3': 'Specialist knowledge is kept up to date.',
  'cat.teamModel.A2.con1': 'No direct point of contact for residents.',
  'cat.teamModel.A2.con2': 'Depends on the first line to bring situations in.',
  'cat.teamModel.A2.con3': 'Risk of a problem-centred rather than a whole-life view.',
  'cat.teamModel.domain.name': 'Domain-specific team',
  'cat.teamModel.domain.summary': 'A team for one domain, such as care or welfare.',
  'cat.teamModel.domain.pro1': 'Deep knowledge of its own domain.',
  'cat.teamModel.domain.con1': 'Questions spanning several domains need good arrangements with other teams.',
  'cat.teamModel.targetGroup.name': 'Target-group-specific team',
  'cat.teamModel.targetGroup.summary': 'A team for one target group, such as youth or vulnerable residents.',
  'cat.teamModel.targetGroup.pro1': 'Focused knowledge of the target group.',
  'cat.teamModel.targetGroup.con1': 'Households with questions outside the target group deal with several teams.',

  // Positionering en leeftijdsgroepen
  'cat.positioning.municipality': 'Run by the municipality itself',
  'cat.positioning.singleProvider': 'Contracted to one provider',
  'cat.positioning.consortium': 'Contracted to a consortium',
  'cat.ageGroup.youth': 'Youth (0-17)',
  'cat.ageGroup.adults': 'Adults (18-64)',
  'cat.ageGroup.elderly': 'Older people (65+)',

  // Ontwerpvragen
  'cat.design.breadth.question': 'How broad?',
  'cat.design.breadth.help':
    'Which areas of life and target groups does the team serve, and does it do collective work too?',
  'cat.design.breadth.option.all': 'All ages and target groups',
  'cat.design.breadth.option.focused': 'Focused on a part',
  'cat.design.depth.question': 'How far?',
  'cat.design.depth.help': 'Does the team solve things itself, or signal and refer to the specialist shell?',
  'cat.design.depth.option.solve': 'Solve within the team',
  'cat.design.depth.option.signalAndRefer': 'Signal and refer',
  'cat.design.integration.question': 'How integrated?',
  'cat.design.integration.help':
    'Do members work from their own organisation, are they seconded, and how much mandate does the team have?',
  'cat.design.integration.option.ownOrganisation': 'From their own organisation',
  'cat.design.integration.option.seconded': 'Seconded',
  'cat.design.integration.option.mandated': 'Team with its own mandate',
};
