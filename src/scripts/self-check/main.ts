/**
 * The self-check in the browser: one question at a time, Back, "I don't know", change an answer, results.
 * Uses the shared rule modules (questionnaire, evaluation, answers schema). Makes no network request: answers
 * live in memory, in sessionStorage only when the reader ticks "keep", and in a file only when they save one.
 */
import type { AnswerField, Answers } from '../../rules/answers.ts';
import { todayIso } from '../../rules/dated.ts';
import { evaluate } from '../../rules/evaluate.ts';
import { householdOf } from '../../rules/budget.ts';
import { nextQuestion, questions, type Question } from '../../rules/questionnaire.ts';
import { countryCodes, isOfferedNationality, nationalityOf } from '../../rules/countries.ts';
import { describeValue, readValue, writeValue, type Value } from './fields.ts';
import { renderResults } from './results.ts';
import { clearSession, emptyState, forget, loadFromSession, saveToSession, type State } from './state.ts';

const root = document.querySelector<HTMLElement>('[data-module="self-check"]');
if (root) start(root);


function start(root: HTMLElement) {
  const $ = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  const form = $<HTMLFormElement>('.sc-form');
  const nav = $<HTMLElement>('.sc-nav');
  const results = $<HTMLElement>('.sc-results');
  const keep = $<HTMLInputElement>('input[name="keep"]');
  const loadError = $<HTMLElement>('.sc-load-error');
  const text = new Map([...($<HTMLTemplateElement>('.sc-text').content.querySelectorAll<HTMLElement>('[data-key]'))].map((n) => [n.dataset.key ?? '', n]));
  const words = (key: string) => text.get(key)?.textContent ?? key;
  const lang = document.documentElement.lang;
  const plural = (key: string, count: number) =>
    (text.get(key)?.getAttribute(`data-plural-${new Intl.PluralRules(lang).select(count)}`) ?? '').replace('{{count}}', new Intl.NumberFormat(lang).format(count));
  const step = $<HTMLElement>('.sc-step');
  const link = (programme: string) => text.get(`programme.${programme}.name`)?.dataset.href ?? '#';
  const fieldsets = new Map([...form.querySelectorAll<HTMLFieldSetElement>('fieldset')].map((f) => [f.dataset.question as AnswerField, f]));
  const byId = new Map(questions.map((q) => [q.id, q]));

  let state: State = loadFromSession() ?? emptyState();
  keep.checked = loadFromSession() !== undefined;
  let current: Question | undefined;

  // The nationality may come from a country page's link; no other answer ever travels in a URL.
  // A territory's code stands for the nationality its people hold; the host countries are not offered.
  const linked = new URLSearchParams(location.search).get('nationality')?.toUpperCase();
  const fromLink = linked && countryCodes.has(linked) ? nationalityOf(linked) : undefined;
  if (fromLink && isOfferedNationality(fromLink) && state.answers.nationality === undefined) state.answers.nationality = fromLink;

  root.querySelector('.sc-nojs')?.remove();
  root.querySelector('.sc-checklist-title')?.remove();
  $<HTMLElement>('.sc-app').hidden = false;
  nav.hidden = false;
  form.classList.add('stepping');

  const persist = () => (keep.checked ? saveToSession(state) : clearSession());

  /** Shows a question; moves focus to it only after the reader's own action, never on page load. */
  function show(question: Question | undefined, moveFocus = true) {
    current = question;
    for (const [id, fieldset] of fieldsets) fieldset.hidden = id !== question?.id;
    if (!question) return showResults(moveFocus);
    results.hidden = true;
    form.hidden = false;
    step.hidden = false;
    step.textContent = words('selfcheck.step').replace('{{current}}', new Intl.NumberFormat(lang).format(state.path.length + 1));
    const fieldset = fieldsets.get(question.id) as HTMLFieldSetElement;
    writeValue(fieldset, question, state.answers[question.id] as Value);
    ($<HTMLButtonElement>('.sc-dontknow')).hidden = question.required === true;
    ($<HTMLButtonElement>('.sc-back')).hidden = state.path.length === 0;
    if (moveFocus) fieldset.querySelector<HTMLElement>('legend')?.focus();
  }

  function advance(moveFocus = true) {
    persist();
    show(nextQuestion(state.answers, state.skipped, { date: todayIso() }), moveFocus);
  }

  function showResults(moveFocus = true) {
    form.hidden = true;
    step.hidden = true;
    results.hidden = false;
    const answers = state.answers as Answers;
    const evaluated = evaluate(answers, { date: todayIso() });
    renderResults($<HTMLElement>('.sc-programmes'), evaluated, householdOf(answers), words, plural, link);
    for (const item of results.querySelectorAll<HTMLElement>('[data-host]')) item.hidden = item.dataset.host !== answers.residence;
    renderSummary();
    if (moveFocus) $<HTMLElement>('#sc-results-title').focus();
  }

  function renderSummary() {
    const list = $<HTMLElement>('.sc-summary');
    list.replaceChildren();
    for (const id of state.path) {
      const question = byId.get(id) as Question;
      const fieldset = fieldsets.get(id) as HTMLFieldSetElement;
      const term = document.createElement('dt');
      term.textContent = fieldset.querySelector('legend')?.textContent ?? id;
      const value = document.createElement('dd');
      value.textContent = `${describeValue(fieldset, question, state.answers[id] as Value, words)} `;
      const change = document.createElement('button');
      change.type = 'button';
      change.textContent = words('selfcheck.change');
      change.addEventListener('click', () => {
        const previous = state.answers[id];
        forget(state, id);
        show(question);
        writeValue(fieldset, question, previous as Value);
      });
      value.append(change);
      list.append(term, value);
    }
  }

  function record(value: Value | 'skip') {
    if (!current) return;
    const id = current.id;
    if (value === 'skip') state.skipped.add(id);
    else (state.answers as Record<string, unknown>)[id] = value;
    if (!state.path.includes(id)) state.path.push(id);
    advance();
  }

  function error(message: string) {
    if (!current) return;
    const box = fieldsets.get(current.id)?.querySelector<HTMLElement>('.sc-error');
    if (!box) return;
    box.textContent = message;
    box.hidden = message === '';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!current) return;
    const value = readValue(fieldsets.get(current.id) as HTMLFieldSetElement, current);
    if (value === undefined) return error(words(current.required ? 'selfcheck.chooseRequired' : 'selfcheck.choose'));
    error('');
    record(value);
  });
  $<HTMLButtonElement>('.sc-dontknow').addEventListener('click', () => {
    error('');
    record('skip');
  });
  $<HTMLButtonElement>('.sc-back').addEventListener('click', () => {
    const previous = state.path.at(-1);
    if (!previous) return;
    const value = state.answers[previous];
    forget(state, previous);
    persist();
    show(byId.get(previous));
    writeValue(fieldsets.get(previous) as HTMLFieldSetElement, byId.get(previous) as Question, value as Value);
  });
  $<HTMLButtonElement>('.sc-restart').addEventListener('click', () => {
    state = emptyState();
    form.reset();
    advance();
  });
  keep.addEventListener('change', persist);
  $<HTMLButtonElement>('.sc-leave').addEventListener('click', () => {
    state = emptyState();
    form.reset();
    clearSession();
    location.replace(root.dataset.home ?? '/');
  });
  $<HTMLButtonElement>('.sc-save').addEventListener('click', () => {
    const blob = new Blob([JSON.stringify(state.answers, null, 2)], { type: 'application/json' });
    const anchor = document.createElement('a');
    anchor.href = URL.createObjectURL(blob);
    anchor.download = 'self-check-answers.json';
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(anchor.href), 0);
  });
  $<HTMLInputElement>('.sc-load input').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      // The answers schema (zod) loads only when a file is opened, to keep the first download small.
      const { parseAnswers } = await import('../../rules/answers.ts');
      const answers = parseAnswers(JSON.parse(await file.text()), file.name);
      loadError.hidden = true;
      state = { answers, skipped: new Set(), path: questions.map((q) => q.id).filter((id) => answers[id] !== undefined) };
      advance();
    } catch (problem) {
      loadError.textContent = words('selfcheck.loadError').replace('{{problem}}', (problem as Error).message);
      loadError.hidden = false;
    }
  });

  advance(false);
}
