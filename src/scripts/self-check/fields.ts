/** Reading and writing one question's answer in its server-rendered fieldset. */
import type { Question } from '../../rules/questionnaire.ts';

export type Value = string | number | boolean | string[] | undefined;

export function readValue(fieldset: HTMLFieldSetElement, question: Question): Value {
  const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
  switch (question.kind) {
    case 'choice':
      return inputs.find((i) => i.checked)?.value;
    case 'yes-no': {
      const checked = inputs.find((i) => i.checked)?.value;
      return checked === undefined ? undefined : checked === 'true';
    }
    case 'multi':
      return inputs.filter((i) => i.checked).map((i) => i.value);
    case 'count': {
      const text = inputs[0]?.value.trim() ?? '';
      const number = Number(text);
      return text === '' || !Number.isInteger(number) || number < (question.min ?? 0) || (question.max !== undefined && number > question.max) ? undefined : number;
    }
    case 'country':
      return fieldset.querySelector('select')?.value || undefined;
  }
}

export function writeValue(fieldset: HTMLFieldSetElement, question: Question, value: Value): void {
  const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
  if (question.kind === 'count') inputs[0].value = value === undefined ? '' : String(value);
  else if (question.kind === 'country') (fieldset.querySelector('select') as HTMLSelectElement).value = typeof value === 'string' ? value : '';
  else if (question.kind === 'multi') inputs.forEach((i) => (i.checked = Array.isArray(value) && value.includes(i.value)));
  else inputs.forEach((i) => (i.checked = value !== undefined && i.value === String(value)));
}

/** The answer as text for the summary: the label of the chosen option(s). */
export function describeValue(fieldset: HTMLFieldSetElement, question: Question, value: Value, words: (key: string) => string): string {
  if (value === undefined) return words('selfcheck.notAnswered');
  if (question.kind === 'count') return new Intl.NumberFormat(document.documentElement.lang).format(value as number);
  if (question.kind === 'country') return fieldset.querySelector<HTMLOptionElement>(`option[value="${String(value)}"]`)?.text ?? String(value);
  if (question.kind === 'multi' && Array.isArray(value) && value.length === 0) return '—';
  const values = Array.isArray(value) ? value : [String(value)];
  return values
    .map((v) => fieldset.querySelector<HTMLInputElement>(`input[value="${v}"]`)?.parentElement?.textContent?.trim() ?? v)
    .join(', ');
}
