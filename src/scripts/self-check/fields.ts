/** Reading and writing one question's answer in its server-rendered fieldset, and the answer as words. */
import type { Question } from '../../rules/questionnaire.ts';
import { fits } from './state.ts';
import { localeFormat } from '../locale-format.ts';

export type Value = string | number | boolean | string[] | undefined;

/** The answer in the fieldset, or undefined when nothing usable is chosen or typed. */
export function readValue(fieldset: HTMLFieldSetElement, question: Question): Value {
  const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
  let value: Value;
  switch (question.kind) {
    case 'choice':
      value = inputs.find((i) => i.checked)?.value;
      break;
    case 'yes-no': {
      const checked = inputs.find((i) => i.checked)?.value;
      value = checked === undefined ? undefined : checked === 'true';
      break;
    }
    case 'multi':
      value = inputs.filter((i) => i.checked).map((i) => i.value);
      break;
    case 'count': {
      const text = inputs[0]?.value.trim() ?? '';
      value = text === '' ? undefined : Number(text);
      break;
    }
    case 'date': {
      const input = inputs[0];
      // A day after today (the order to leave cannot come from the future) is not an answer.
      value = input?.value && (!input.max || input.value <= input.max) ? input.value : undefined;
      break;
    }
    case 'country':
      value = fieldset.querySelector('select')?.value || undefined;
      break;
  }
  return value !== undefined && fits(question, value) ? value : undefined;
}

export function writeValue(fieldset: HTMLFieldSetElement, question: Question, value: Value): void {
  const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
  if (question.kind === 'count' || question.kind === 'date') inputs[0].value = value === undefined ? '' : String(value);
  else if (question.kind === 'country') (fieldset.querySelector('select') as HTMLSelectElement).value = typeof value === 'string' ? value : '';
  else if (question.kind === 'multi') inputs.forEach((i) => (i.checked = Array.isArray(value) && value.includes(i.value)));
  else inputs.forEach((i) => (i.checked = value !== undefined && i.value === String(value)));
}

/** The answer as text: the label of the chosen option(s), the country's name, the number or the date. */
export function describeValue(fieldset: HTMLFieldSetElement, question: Question, value: Value, words: (key: string) => string): string {
  const format = localeFormat();
  if (value === undefined) return words('selfcheck.notAnswered');
  if (question.kind === 'count') return format.number(value as number);
  if (question.kind === 'date') return format.date(String(value));
  if (question.kind === 'country') return [...fieldset.querySelectorAll('option')].find((o) => o.value === value)?.text ?? String(value);
  if (question.kind === 'multi' && Array.isArray(value) && value.length === 0) return '—';
  const values = Array.isArray(value) ? value : [String(value)];
  const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
  return format.list(values.map((v) => inputs.find((i) => i.value === v)?.parentElement?.textContent?.trim() ?? v));
}
