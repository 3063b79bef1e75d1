import type { catalogueData as nl } from '../nl/catalogueData.js';

/** The catalogue's data in English; the same keys as the Dutch section. */
export const catalogueData: Record<keyof typeof nl, string> = {
  // Competentieprofiel generalist
  'cat.profile.note':
    'The twelve built-in competencies are the qualities for integrated work that De Waal et al. (Hogeschool Utrecht) name; they appear, among other places, in the Competentieprofiel generalist (Wijland & De Goede, 2012). The article gives only the names: the short descriptions are the planner\u2019s own.',
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
    'Eight of the built-in functions come from De Waal et al. (Hogeschool Utrecht), who name them as functions a team can have, from crisis intervention to somatic care. Access point / front office, Case coordination, Collective arrangements and Youth are the planner\u2019s own additions. The descriptions, requirements and life domains of every function are the planner\u2019s proposals.',
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
  'cat.source.hu2014.origin':
    'Article on research by the Wmo-werkplaats of Hogeschool Utrecht (University of Applied Sciences Utrecht); it gives no year or publisher and mentions a research report of January 2014',
  'cat.source.hu2014.section.designQuestions': 'Introduction: the three questions (how broad, how far, how integrated)',
  'cat.source.hu2014.section.functions': 'It is often unclear which functions a team should fulfil',
  'cat.source.hu2014.section.models': 'Different team models',
  'cat.source.hu2014.section.expertise': 'Specialist knowledge, talent and the crucial role of team leaders',
  'cat.source.movisie2017.title': 'Brede integrale wijkteams: voor- en nadelen',
  'cat.source.movisie2017.authors': 'Integraal werken in de wijk programme',
  'cat.source.movisie2017.origin': 'News item of 24 March 2017; it names no publisher',
  'cat.source.movisie2017.section.introduction': 'Introduction: forms of organisation and positioning',
  'cat.source.movisie2017.section.a1': 'Pros and cons of model A1',
  'cat.source.movisie2017.section.a2': 'Pros and cons of model A2',
  'cat.source.movisie2017.section.closing': 'Closing: reference to the full publication',

  // Organisation types (De Waal et al., Hogeschool Utrecht)
  'cat.orgType.samenwerkingsverband.name': 'Partnership',
  'cat.orgType.samenwerkingsverband.summary':
    'A case or network meeting of professionals from different organisations. The authors do not call this a team: shared responsibility and close work on common goals are missing.',
  'cat.orgType.geintegreerd.name': 'Integrated team',
  'cat.orgType.geintegreerd.summary':
    'One functional unit for a defined area, made up of disciplines from several organisations. Its members remain closely bound to the organisation they come from, their mother organisation.',
  'cat.orgType.integraal.name': 'Integral team',
  'cat.orgType.integraal.summary':
    'This team has a mandate and works independently: it may decide for itself on several terrains and works from one shared vision. Members are only lightly tied to their mother organisation, a tie that is functional rather than hierarchical. The team has a manager of its own, who is accountable (functionally or hierarchically) to the municipality, to the consortium of cooperating organisations, or to both.',

  // Team models (Integraal werken in de wijk, 2017); pros and cons only as far as the source gives them
  'cat.teamModel.A1.name': 'A1 – broad integral team for all questions',
  'cat.teamModel.A1.summary':
    'A broad integral team that accepts every request for help from every resident. When needed, it asks specialists from outside the team for advice or brings them in.',
  'cat.teamModel.A1.share': '42 per cent of municipalities chose this model.',
  'cat.teamModel.A1.pro1':
    'One place for every question: every resident can bring any request for help to the same team. The municipalities that chose this model find that this keeps things clear.',
  'cat.teamModel.A1.pro2':
    'Learning to look more broadly: a team for all questions brings together people with varied backgrounds. When a question falls outside someone’s own field, a colleague with other expertise is close at hand.',
  'cat.teamModel.A1.pro3':
    'One plan per household: a broad team can take up general support questions in the neighbourhood in a joined-up way. The aim is that every household then has one plan, with one person coordinating. Gouda considered growing further in this way into one team for all questions from 0 to 100+; that is the ambition of that one municipality, not a feature of the model.',
  'cat.teamModel.A1.con1':
    'Keeping knowledge current: a broad team has to work at keeping specialist and domain-specific knowledge, such as on youth, up to date. Where that knowledge falls short, a problem may go unrecognised, consultation may come too late, the help needed may be misjudged or the right help may not be arranged.',
  'cat.teamModel.A1.con2':
    'Heavy questions stay in the team too long: when a broad team holds on to a request for help longer because it lacks specific knowledge, specialised care risks being called in late.',
  'cat.teamModel.A2.name': 'A2 – broad integral team for complex and multiple questions',
  'cat.teamModel.A2.summary':
    'This broad integral team takes on the complex and multiple requests for help. With a simple question for formal or informal support, residents go to the first line and the voorliggend veld (the services in front of the team), both already there before the transitions. When things get more complicated, a professional there refers them to this team. Like A1 it is a broad team; the difference lies in which questions reach the team and by which route.',
  'cat.teamModel.A2.share': 'One fifth of municipalities chose this model.',
  'cat.teamModel.A2.pro1':
    'Room for complex cases: because the team only receives complex or multiple problems, it has more time and room to take them on and coordinate them.',
  'cat.teamModel.A2.pro2':
    'Building on what is there: a voorliggend veld that was well organised before the transitions stays in place and the team links up with it. Professionals and residents who used those services still know the way. The voorliggend veld then handles single questions and light support, the team only what is complex or calls for specialised care.',
  'cat.teamModel.A2.pro3':
    'Specialist knowledge stays strong: the specialists in the team mainly get complex questions, which challenges them to build their specialist knowledge further.',
  'cat.teamModel.A2.pro3.caveat':
    'The source’s reservation: this advantage was not raised explicitly by the municipalities that were interviewed.',
  'cat.teamModel.A2.con1':
    'No direct front door for residents: they do not always know where to take a request for help.',
  'cat.teamModel.A2.con2':
    'Good links with the voorliggend veld: a team for complex problems gets its cases from those partners, so working well with them matters all the more.',
  'cat.teamModel.A2.con3':
    'Only the problem in view: with the emphasis on complex questions, professionals may keep working from the problem, with less eye for every area of a resident’s life.',
  'cat.teamModel.domain.name': 'Domain-specific team',
  'cat.teamModel.domain.summary':
    'A team that concentrates on part of care and services, for example on one or two of the fields of help and support, local care and community building, rather than the whole social domain. The news item only names this model; this description follows De Waal et al., who say a team can also choose just one or two of those fields.',
  'cat.teamModel.targetGroup.name': 'Target-group-specific team',
  'cat.teamModel.targetGroup.summary': 'A team that concentrates on a particular age group or target group.',
  'cat.teamModel.noneInSources':
    'The sources give no pros and cons for this model. The news item refers to the full publication ‘Organisatievormen en positionering van (wijk)teams’ for them, which the planner does not include.',

  // Positioning (Integraal werken in de wijk, 2017) and age groups (the planner's own division)
  'cat.positioning.municipality': 'Run by the municipality itself',
  'cat.positioning.singleProvider': 'Contracted to one provider',
  'cat.positioning.consortium': 'Contracted to several providers (consortium)',
  'cat.ageGroup.youth': 'Youth (0-17)',
  'cat.ageGroup.note':
    'These three age groups are the planner\u2019s own division. The sources speak of age and target groups and of separate teams for under and over 18, but set no fixed bands.',
  'cat.ageGroup.adults': 'Adults (18-64)',
  'cat.ageGroup.elderly': 'Older people (65+)',

  // Design questions (De Waal et al.) and the question axis (Integraal werken in de wijk, 2017)
  'cat.design.breadth.question': 'How broad?',
  'cat.design.breadth.help':
    'Which part of care and services is the team there for: all care and social questions, for every age and target group, or a defined part? And does it stop at support for individual residents, or does collective provision belong too, such as help with residents’ initiatives or low-threshold places in the area for culture or meeting?',
  'cat.design.breadth.option.all': 'The whole domain, every age and target group',
  'cat.design.breadth.option.focused': 'Focused on certain fields, ages or target groups',
  'cat.design.depth.question': 'How far?',
  'cat.design.depth.help':
    'Does the team solve what it spots itself, or does it refer to specialists in a shell around the team? And which specialisms must be inside the team itself?',
  'cat.design.depth.option.solve': 'Spot and solve in the team',
  'cat.design.depth.option.signalAndRefer': 'Spot and refer to the shell',
  'cat.design.integration.question': 'How integrated?',
  'cat.design.integration.help':
    'Do members keep working from their own (categorical) organisation, or do they become part of the local team, seconded or not? How closely they work together and how much mandate the team gets decide which new ways of working and cooperating are needed.',
  'cat.design.integration.option.ownOrganisation': 'Members work from their own organisation, with no shared mandate',
  'cat.design.integration.option.seconded':
    'Members are placed in the team (seconded or not), with no mandate of its own',
  'cat.design.integration.option.mandated': 'Members are placed in the team and the team has a mandate of its own',
  'cat.design.questions.reach': 'Which questions reach the team?',
  'cat.design.questions.arrival': 'How do they come in?',
  'cat.design.questions.help':
    'The team can take on every request for help from every resident, or limit itself to the complex ones.',
};
