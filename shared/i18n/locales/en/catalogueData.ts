import type { catalogueData as nl } from '../nl/catalogueData.js';

/** The catalogue's data in English; the same keys as the Dutch section. */
export const catalogueData: Record<keyof typeof nl, string> = {
  // Competentieprofiel generalist
  'cat.profile.note':
    'The twelve built-in competencies are the qualities for integrated work that De Waal et al. (Hogeschool Utrecht, 2014) name; they appear, among other places, in the Competentieprofiel generalist (Wijland & De Goede, 2012). The article gives only the names: the short descriptions are the planner\u2019s own.',
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
  'cat.functions.note':
    'Eight built-in functions are the ones De Waal et al. (Hogeschool Utrecht, 2014) name as functions a team can have, from crisis intervention to somatic care. Access point / front office, Case coordination, Collective arrangements and Youth are the planner\u2019s own additions. The descriptions, requirements and life domains of every function are the planner\u2019s proposals.',
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
  'cat.function.access.description':
    'The point where residents come in with their questions, for example together with the Wmo desk.',
  'cat.function.caseCoordination.name': 'Case coordination',
  'cat.function.caseCoordination.description': 'One household, one plan, one coordinator who brings the help together.',
  'cat.function.collectiveArrangements.name': 'Collective arrangements',
  'cat.function.collectiveArrangements.description':
    'Setting up and running low-threshold facilities and group activities in the area.',
  'cat.function.youth.name': 'Youth',
  'cat.function.youth.description':
    'Questions of children and families, from light parenting questions to safety concerns.',

  // Sources: the two articles every statement about models and design questions rests on
  'cat.source.hu2014.title': 'Integrale wijkteams: een kwestie van kiezen',
  'cat.source.hu2014.authors': 'Vincent de Waal, Inge Scheijmans, Joep Binkhorst and Jean Pierre Wilken',
  'cat.source.hu2014.publisher': 'Wmo-werkplaats, Hogeschool Utrecht (University of Applied Sciences Utrecht)',
  'cat.source.hu2014.section.designQuestions': 'Introduction: the three questions (how broad, how far, how integrated)',
  'cat.source.hu2014.section.functions': 'It is often unclear which functions a team should fulfil',
  'cat.source.hu2014.section.models': 'Different team models',
  'cat.source.hu2014.section.expertise': 'Specialist knowledge, talent and the crucial role of team leaders',
  'cat.source.movisie2017.title': 'Brede integrale wijkteams: voor- en nadelen',
  'cat.source.movisie2017.authors': 'Integraal werken in de wijk programme',
  'cat.source.movisie2017.publisher': 'Movisie (news item, 24 March 2017)',
  'cat.source.movisie2017.section.introduction': 'Introduction: forms of organisation and positioning',
  'cat.source.movisie2017.section.a1': 'Pros and cons of model A1',
  'cat.source.movisie2017.section.a2': 'Pros and cons of model A2',
  'cat.source.movisie2017.section.closing': 'Closing: reference to the full publication',

  // Organisation types (Hogeschool Utrecht 2014)
  'cat.orgType.samenwerkingsverband.name': 'Partnership',
  'cat.orgType.samenwerkingsverband.summary':
    'Professionals from different organisations working together, for example as a case or network meeting. The authors do not call this a team: there is no group with a shared responsibility working closely towards the same goals.',
  'cat.orgType.geintegreerd.name': 'Integrated team',
  'cat.orgType.geintegreerd.summary':
    'Disciplines from different organisations form one functional unit for a particular area. The professionals stay closely tied to their original parent organisation.',
  'cat.orgType.integraal.name': 'Integral team',
  'cat.orgType.integraal.summary':
    'A mandated team that works independently, may take decisions on several terrains and works from one shared vision. Members are only lightly tied to their parent organisation, functionally rather than hierarchically. The team has its own manager, who answers functionally and/or hierarchically to the municipality and/or the consortium of cooperating organisations.',

  // Team models (Movisie 2017); pros and cons only as far as the source gives them
  'cat.teamModel.A1.name': 'A1 – broad integral team for all questions',
  'cat.teamModel.A1.summary':
    'A broad integral team that takes up every request for help from every resident. Where needed it consults specialists from outside the team or brings them in.',
  'cat.teamModel.A1.share': '42 per cent of municipalities chose this model.',
  'cat.teamModel.A1.pro1':
    'One clear point of access: every resident can bring every question to one place. The municipalities choosing this model find that easy to grasp.',
  'cat.teamModel.A1.pro2':
    'Members with different expertise learn to look more broadly: with a question outside their own field they can easily call on a colleague with other expertise.',
  'cat.teamModel.A1.pro3':
    'One family, one plan, one coordinator: the team can take up general support questions in the neighbourhood as a whole, aiming for one plan and one coordinator per household. The municipality of Gouda considered growing into one team for all questions from 0 to 100+; that is one municipality’s ambition, not a feature of the model.',
  'cat.teamModel.A1.con1':
    'Specialist and domain-specific knowledge, for example about youth, needs extra attention to stay up to date in a broad team. Where it falls short, staff risk not recognising problems, waiting too long to consult, misjudging the help needed or not arranging the right help.',
  'cat.teamModel.A1.con2':
    'Heavier problems stay too long: when a generalist team keeps questions longer for lack of specific knowledge, more specialised care risks coming in too late.',
  'cat.teamModel.A2.name': 'A2 – broad integral team for complex and multiple questions',
  'cat.teamModel.A2.summary':
    'A broad integral team for complex and multiple requests for help. Residents with simple questions go to the voorliggend veld (the community services in front of the team) and the first line; when their situation gets more complicated, those professionals refer them to the team. Like A1 it is a broad team: the difference is which questions reach it and how.',
  'cat.teamModel.A2.share': 'One fifth of municipalities chose this model.',
  'cat.teamModel.A2.pro1':
    'Focus on (coordinating) complex cases: a separate team for complex or multiple problems has more room and time for them.',
  'cat.teamModel.A2.pro2':
    'Building on existing structures: a well-organised voorliggend veld from before the 2015 reforms stays in place and the team connects to it. Professionals and residents already know the way; the voorliggend veld takes the single questions and light support, the team the complex problems.',
  'cat.teamModel.A2.pro3':
    'Keeping specialist knowledge and expertise: because the team mainly receives complex questions and works with specialists in the team, they are challenged to develop their knowledge further.',
  'cat.teamModel.A2.pro3.caveat':
    'The source’s reservation: the municipalities interviewed did not name this point explicitly themselves.',
  'cat.teamModel.A2.con1':
    'No direct front door for residents: it is not always clear to them where to go with their question.',
  'cat.teamModel.A2.con2':
    'The connection with the voorliggend veld matters even more, because that is where the cases have to come from.',
  'cat.teamModel.A2.con3':
    'Risk of a problem-centred approach: with the focus on complexity, professionals may keep working problem by problem and pay less attention to every area of life.',
  'cat.teamModel.domain.name': 'Domain-specific team',
  'cat.teamModel.domain.summary':
    'A team that concentrates on part of care and services, for example on one or two of the fields of help and support, local care and community building, rather than the whole social domain.',
  'cat.teamModel.targetGroup.name': 'Target-group-specific team',
  'cat.teamModel.targetGroup.summary': 'A team that concentrates on a particular age group or target group.',
  'cat.teamModel.noneInSources':
    'The sources give no pros and cons for this model. Movisie refers to its full publication ‘Organisatievormen en positionering van (wijk)teams’ for them, which the planner does not include.',

  // Positioning (Movisie 2017) and age groups (the planner's own division)
  'cat.positioning.municipality': 'Run by the municipality itself',
  'cat.positioning.singleProvider': 'Contracted to one provider',
  'cat.positioning.consortium': 'Contracted to several providers (consortium)',
  'cat.ageGroup.youth': 'Youth (0-17)',
  'cat.ageGroup.note':
    'These three age groups are the planner\u2019s own division. The sources speak of age and target groups and of separate teams for under and over 18, but set no fixed bands.',
  'cat.ageGroup.adults': 'Adults (18-64)',
  'cat.ageGroup.elderly': 'Older people (65+)',

  // Design questions (Hogeschool Utrecht 2014) and the question axis (Movisie 2017)
  'cat.design.breadth.question': 'How broad?',
  'cat.design.breadth.help':
    'Which areas of care and services does the team cover: the whole domain of care and social questions for every age and target group, or part of it? And does it also work on collective arrangements, such as supporting residents’ initiatives and low-threshold facilities?',
  'cat.design.breadth.option.all': 'The whole domain, every age and target group',
  'cat.design.breadth.option.focused': 'Focused on certain fields, ages or target groups',
  'cat.design.depth.question': 'How far?',
  'cat.design.depth.help':
    'Are matters both spotted and solved in the team, or is there a shell of specialists around the team that it refers to? And which specialisms does the team itself need?',
  'cat.design.depth.option.solve': 'Spot and solve in the team',
  'cat.design.depth.option.signalAndRefer': 'Spot and refer to the shell',
  'cat.design.integration.question': 'How integrated?',
  'cat.design.integration.help':
    'Do members still work from their own organisation, or are they placed in the local team, seconded or not? The degree of cooperation and mandate decides which ways of working are needed.',
  'cat.design.integration.option.ownOrganisation': 'Members work from their own organisation, with no shared mandate',
  'cat.design.integration.option.seconded':
    'Members are placed in the team (seconded or not), with no mandate of its own',
  'cat.design.integration.option.mandated': 'Members are placed in the team and the team has a mandate of its own',
  'cat.design.questions.reach': 'Which questions reach the team?',
  'cat.design.questions.arrival': 'How do they come in?',
  'cat.design.questions.help':
    'A team can welcome every request for help from every resident, or take up only the complex ones.',
};
