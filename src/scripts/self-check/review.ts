/**
 * "Check your answers" (GOV.UK's pattern): every answer the result will use, in the questionnaire's order,
 * including a nationality filled in from a country page, each with "Change" (named for screen readers).
 */
import type { AnswerField } from '../../rules/answers.ts';
import { questions, relevantFields } from '../../rules/questionnaire.ts';
import { describeValue, type Value } from './fields.ts';
import type { State } from './state.ts';
import type { Words } from './words.ts';

export function answeredInOrder(state: State): AnswerField[] {
  const relevant = relevantFields(state.answers);
  return questions.map((q) => q.id).filter((id) => relevant.has(id) && (state.answers[id] !== undefined || state.skipped.has(id)));
}

export function renderReview(list: HTMLElement, state: State, fieldsets: Map<AnswerField, HTMLFieldSetElement>, words: Words, change: (id: AnswerField) => void): void {
  list.replaceChildren();
  for (const id of answeredInOrder(state)) {
    const question = questions.find((q) => q.id === id);
    const fieldset = fieldsets.get(id);
    if (!question || !fieldset) continue;
    const label = fieldset.querySelector('legend')?.textContent ?? id;
    const row = document.createElement('div');
    row.dataset.answer = id;
    const term = document.createElement('dt');
    term.textContent = label;
    const value = document.createElement('dd');
    value.textContent = describeValue(fieldset, question, state.answers[id] as Value, words);
    const action = document.createElement('dd');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = words('selfcheck.change');
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = `: ${label}`;
    button.append(hidden);
    button.addEventListener('click', () => change(id));
    action.append(button);
    row.append(term, value, action);
    list.append(row);
  }
}
