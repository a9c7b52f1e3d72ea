/**
 * The result, leading with the answer: what the reader can probably get where they live (programmes of the other
 * country and of the plan not chosen fold into one line), one household budget, with "choose one" where IOM and
 * the Dutch organisations are alternatives, and the assumption said when the household is not known. Then the
 * deadline as a date, and "Why": each programme's conditions, folded, with their sources.
 */
import type { Answers } from '../../rules/answers.ts';
import { householdOf } from '../../rules/budget.ts';
import { orderToLeaveDeadline } from '../../rules/programmes/be-reintegration.ts';
import type { Budget, ProgrammeId, ProgrammeResult } from '../../rules/types.ts';
import { element, fill, type Words } from './words.ts';
import { localeFormat, type LocaleFormat } from '../locale-format.ts';

/** A plural phrase, e.g. "3 children", from the templates the page carries for each plural category. */
export type Plural = (key: string, count: number) => string;

export interface ResultParts {
  situation: HTMLElement;
  answer: HTMLElement;
  other: HTMLElement;
  why: HTMLElement;
  deadline: HTMLElement;
  chooseOne: HTMLElement;
}

/** IOM's AVRR-NL and the Dutch organisations' projects give the same kind of support: one or the other. */
const alternatives: readonly ProgrammeId[] = ['nl-iom-reintegration', 'nl-ngo-reintegration'];
const verdictOrder = { likely: 0, uncertain: 1, unlikely: 2 } as const;

/** Why a programme is not for this reader at all: it is for the other country, or for the other plan. */
export function notForReader(result: ProgrammeResult): 'selfcheck.otherCountry' | 'selfcheck.otherPlan' | undefined {
  const met = (id: string) => result.conditions.find((c) => c.id === id)?.met;
  if (met('residence') === false) return 'selfcheck.otherCountry';
  if (met('plans-third-country') === false) return 'selfcheck.otherPlan';
  return undefined;
}

/**
 * The last day to ask for Belgium's complementary level, when it is still open to the reader and their
 * protection procedure has ended (while it runs there is no deadline).
 */
export function complementaryDeadline(results: ProgrammeResult[], answers: Answers, date: string) {
  const open = results.some((r) => r.programme === 'be-reintegration-complementary' && r.verdict !== 'unlikely' && !notForReader(r));
  return open && answers.asylum !== 'pending' ? orderToLeaveDeadline(answers, date) : undefined;
}

/** "Afghanistan, 2 adults, 3 children, living in the Netherlands". */
export function situationLine(answers: Answers, nationalityName: string, words: Words, plural: Plural, format: LocaleFormat = localeFormat()): string {
  const household = householdOf(answers);
  const people =
    household.unaccompaniedMinors > 0
      ? [words('budget.unaccompanied')]
      : [...(answers.adults === undefined ? [] : [plural('household.adults', household.adults)]), ...(answers.minors === undefined ? [] : [plural('household.minors', household.minorsWithFamily)])];
  // The language's own list punctuation (Arabic "،", French "et" before the last part).
  return format.list([nationalityName, ...people, words(`selfcheck.livingIn.${answers.residence}`)]);
}

function budgetBox(budget: Budget, answers: Answers, words: Words, plural: Plural, euros: LocaleFormat['euros']): HTMLElement {
  const household = householdOf(answers);
  const box = element('div', undefined, 'sc-budget');
  const total = fill(words('budget.total'), { amount: euros(budget.maxEur) });
  // The total and the cash part on lines of their own: no punctuation of one language between them.
  const cash = budget.cashMaxEur === undefined ? undefined : fill(words('budget.cash'), { amount: euros(budget.cashMaxEur) });
  const who =
    household.unaccompaniedMinors > 0
      ? words('budget.unaccompanied')
      : answers.adults === undefined
        ? words('budget.assumedAlone')
        : fill(words('budget.household'), { adults: plural('household.adults', household.adults), minors: plural('household.minors', household.minorsWithFamily) });
  box.append(element('p', words('budget.heading'), 'sc-budget-heading'), element('p', total, 'sc-budget-amount'));
  if (cash) box.append(element('p', cash, 'sc-budget-cash'));
  box.append(element('p', who, 'sc-budget-who'));
  return box;
}

export function renderResults(parts: ResultParts, results: ProgrammeResult[], answers: Answers, date: string, words: Words, plural: Plural, link: (id: string) => string): void {
  const format = localeFormat();
  const euros = format.euros;
  const forReader = results.filter((r) => !notForReader(r)).sort((a, b) => verdictOrder[a.verdict] - verdictOrder[b.verdict]);
  const open = forReader.filter((r) => r.verdict !== 'unlikely');
  const choose = alternatives.every((id) => open.some((r) => r.programme === id));

  parts.answer.replaceChildren();
  for (const result of forReader) {
    const card = element('section', undefined, `sc-programme verdict-${result.verdict}`);
    card.dataset.programme = result.programme;
    card.dataset.verdict = result.verdict;
    const heading = element('h3');
    const anchor = element('a', words(`programme.${result.programme}.name`));
    anchor.href = link(result.programme);
    heading.append(anchor);
    card.append(heading, element('p', words(`verdict.${result.verdict}`), 'sc-verdict'), element('p', words(`programme.${result.programme}.summary`)));
    if (result.budget && result.verdict !== 'unlikely' && !(choose && alternatives.includes(result.programme))) card.append(budgetBox(result.budget, answers, words, plural, euros));
    parts.answer.append(card);
  }
  // One budget for the alternatives, said once: a family cannot add IOM's budget to an organisation's.
  const shared = choose ? open.find((r) => alternatives.includes(r.programme) && r.budget)?.budget : undefined;
  if (shared) {
    const box = budgetBox(shared, answers, words, plural, euros);
    box.dataset.alternatives = alternatives.join(' ');
    box.append(element('p', words('selfcheck.alternatives'), 'sc-alternatives'));
    parts.answer.append(box);
  }
  parts.chooseOne.hidden = !choose;

  const others = results.filter((r) => notForReader(r));
  parts.other.replaceChildren();
  if (others.length > 0) {
    const details = element('details', undefined, 'sc-not-for-you');
    details.append(element('summary', fill(words('selfcheck.notForYou'), { count: format.number(others.length) })));
    const list = element('ul');
    for (const result of others) {
      const item = element('li', `${words(`programme.${result.programme}.name`)}: ${words(notForReader(result) ?? '')}`);
      item.dataset.programme = result.programme;
      list.append(item);
    }
    details.append(list);
    parts.other.append(details);
  }

  const deadline = complementaryDeadline(results, answers, date);
  parts.deadline.hidden = !deadline;
  if (deadline) {
    parts.deadline.textContent = fill(words('selfcheck.deadline'), { date: format.date(deadline.lastDay), days: format.number(deadline.daysLeft) });
    parts.deadline.dataset.lastDay = deadline.lastDay;
  }

  parts.why.replaceChildren();
  for (const result of forReader) parts.why.append(whyOf(result, words));
}

/** One programme's conditions, folded: not met, not known yet, met, to confirm with a counsellor; each with its source. */
function whyOf(result: ProgrammeResult, words: Words): HTMLElement {
  const details = element('details', undefined, 'sc-why-programme');
  details.dataset.why = result.programme;
  details.append(element('summary', fill(words('selfcheck.whyProgramme'), { programme: words(`programme.${result.programme}.name`) }) + ` (${words(`verdict.${result.verdict}`)})`));
  const groups = [
    { heading: 'selfcheck.unmetHeading', items: result.conditions.filter((c) => c.met === false) },
    { heading: 'selfcheck.unknownHeading', items: result.conditions.filter((c) => c.met === null && !c.confirmWithCounsellor) },
    { heading: 'selfcheck.metHeading', items: result.conditions.filter((c) => c.met === true && c.id !== 'in-force') },
    { heading: 'selfcheck.counsellorHeading', items: result.conditions.filter((c) => c.confirmWithCounsellor) },
  ];
  for (const group of groups) {
    if (group.items.length === 0) continue;
    details.append(element('h4', words(group.heading)));
    const list = element('ul');
    for (const condition of group.items) {
      const item = element('li', words(`condition.${condition.id}`));
      item.dataset.condition = condition.id;
      if (condition.note) {
        item.dataset.note = condition.note;
        item.append(element('br'), element('span', words(`condition-note.${condition.note}`), 'sc-note'));
      }
      item.append(element('br'), element('small', `${words('source.label')}: ${condition.source.publisher}, ${condition.source.title}`));
      list.append(item);
    }
    details.append(list);
  }
  return details;
}
