/**
 * Renders the evaluation: one section per programme, most likely first, with its verdict, the household budget
 * estimate, and its conditions grouped as not met, not known yet, met and to confirm with a counsellor.
 */
import type { Household } from '../../rules/budget.ts';
import type { ProgrammeResult } from '../../rules/types.ts';

type Words = (key: string) => string;
/** A plural phrase, e.g. "3 children", from the templates the page carries for each plural category. */
type Plural = (key: string, count: number) => string;

/** What the budget estimate is based on: "For 2 adults and 3 children", or one child travelling alone. */
function householdLine(household: Household, words: Words, plural: Plural): string {
  if (household.unaccompaniedMinors > 0) return words('budget.unaccompanied');
  return words('budget.household').replace('{{adults}}', plural('household.adults', household.adults)).replace('{{minors}}', plural('household.minors', household.minorsWithFamily));
}

const verdictOrder = { likely: 0, uncertain: 1, unlikely: 2 } as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderResults(container: HTMLElement, results: ProgrammeResult[], household: Household, words: Words, plural: Plural, link: (id: string) => string): void {
  const lang = document.documentElement.lang;
  const euros = new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  container.replaceChildren();
  const sorted = [...results].sort((a, b) => verdictOrder[a.verdict] - verdictOrder[b.verdict]);
  for (const result of sorted) {
    const section = element('section', undefined, `sc-programme verdict-${result.verdict}`);
    section.dataset.programme = result.programme;
    section.dataset.verdict = result.verdict;
    const heading = element('h3');
    const anchor = element('a', words(`programme.${result.programme}.name`));
    anchor.href = link(result.programme);
    heading.append(anchor);
    section.append(heading, element('p', words(`verdict.${result.verdict}`), 'sc-verdict'));
    const residence = result.conditions.find((c) => c.id === 'residence');
    if (residence?.met === false) {
      section.append(element('p', words('selfcheck.otherCountry')));
      container.append(section);
      continue;
    }
    if (result.budget && result.verdict !== 'unlikely') {
      const budget = element('div', undefined, 'sc-budget');
      budget.append(
        element('p', words('budget.heading'), 'sc-budget-heading'),
        element(
          'p',
          result.budget.cashMaxEur === undefined
            ? words('budget.total').replace('{{amount}}', euros.format(result.budget.maxEur))
            : `${words('budget.total').replace('{{amount}}', euros.format(result.budget.maxEur))}, ${words('budget.cash').replace('{{amount}}', euros.format(result.budget.cashMaxEur))}`,
        ),
        element('p', householdLine(household, words, plural)),
        element('p', words('notice.estimate'), 'hint'),
      );
      section.append(budget);
    }
    const groups = [
      { heading: 'selfcheck.unmetHeading', items: result.conditions.filter((c) => c.met === false) },
      { heading: 'selfcheck.unknownHeading', items: result.conditions.filter((c) => c.met === null && !c.confirmWithCounsellor) },
      { heading: 'selfcheck.metHeading', items: result.conditions.filter((c) => c.met === true && c.id !== 'in-force') },
      { heading: 'selfcheck.counsellorHeading', items: result.conditions.filter((c) => c.confirmWithCounsellor) },
    ];
    for (const group of groups) {
      if (group.items.length === 0) continue;
      section.append(element('h4', words(group.heading)));
      const list = element('ul');
      for (const condition of group.items) {
        const item = element('li', words(`condition.${condition.id}`));
        item.dataset.condition = condition.id;
        if (condition.note) {
          item.dataset.note = condition.note;
          item.append(element('br'), element('span', words(`condition-note.${condition.note}`), 'sc-note'));
        }
        const source = element('small', `${words('source.label')}: ${condition.source.publisher}, ${condition.source.title}`);
        item.append(element('br'), source);
        list.append(item);
      }
      section.append(list);
    }
    container.append(section);
  }
}
