/** The public face of the rule modules: what pages, the self-check, the command and tests import. */
export { evaluate, evaluateProgramme, conditionsOf, isAsked, resolveCitation, verdictOf } from './evaluate.ts';
export { parseAnswers, answersSchema } from './answers.ts';
export type { Answers, AnswerField } from './answers.ts';
export { programmes, programme, programmeIds } from './programmes/index.ts';
export { questions, nextQuestion, neededFields, relevantFields, commandOnlyFields } from './questionnaire.ts';
export type { Question, QuestionKind, PartialAnswers } from './questionnaire.ts';
export { countries, countryCodes, group, groups, isMember } from './countries.ts';
export { sources } from './sources.ts';
export { householdBudget, householdOf } from './budget.ts';
export { valueOn, latest, isWithin } from './dated.ts';
export type * from './types.ts';
