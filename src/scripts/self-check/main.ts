/**
 * The self-check in the browser: one question per screen, each with its own history entry (the question's id in
 * the hash, never an answer), so the browser's Back and Forward move between questions; then "Check your
 * answers"; then the result. Uses the shared rule modules. Makes no network request with answers: they live in
 * memory, in sessionStorage only when the reader ticks "keep", and in a file only when they save one.
 */
import type { AnswerField, Answers } from '../../rules/answers.ts';
import { addDays, todayIso } from '../../rules/dated.ts';
import { evaluate } from '../../rules/evaluate.ts';
import { nextQuestion, questions, relevantFields, type Question } from '../../rules/questionnaire.ts';
import { countryCodes, isOfferedNationality, nationalityOf } from '../../rules/countries.ts';
import { readValue, writeValue, type Value } from './fields.ts';
import { readAnswersFile } from './load.ts';
import { renderResults, situationLine } from './results.ts';
import { renderReview } from './review.ts';
import { clearSession, emptyState, loadFromSession, prune, saveToSession, stepFromId, stepId, type State, type Step } from './state.ts';
import { defaultCounsellorLanguage } from './counsellor-languages.ts';
import { fill } from './words.ts';
import { localeFormat } from '../locale-format.ts';

const root = document.querySelector<HTMLElement>('[data-module="self-check"]');
if (root) start(root);
// Offline use (src/scripts/offline.ts does the same on other pages): the self-check, once visited, works offline.
if ('serviceWorker' in navigator) {
  void navigator.serviceWorker.register('/sw.js').then(async () =>
    (await navigator.serviceWorker.ready).active?.postMessage({ type: 'visited', lang: document.documentElement.dataset.locale }),
  );
}

function start(root: HTMLElement) {
  const $ = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  const lang = document.documentElement.lang;
  const format = localeFormat(lang);
  const today = todayIso();
  const text = new Map([...$<HTMLTemplateElement>('.sc-text').content.querySelectorAll<HTMLElement>('[data-key]')].map((n) => [n.dataset.key ?? '', n]));
  const words = (key: string) => text.get(key)?.textContent ?? key;
  const plural = (key: string, count: number) =>
    fill(text.get(key)?.getAttribute(`data-plural-${format.plural(count)}`) ?? '', { count: format.number(count) });
  const link = (programme: string) => text.get(`programme.${programme}.name`)?.dataset.href ?? '#';

  // Without JavaScript there is no form, so pressing Enter can send nothing; with it, the questions become one.
  const container = $<HTMLElement>('.sc-questions');
  const form = document.createElement('form');
  form.className = 'sc-form stepping';
  form.noValidate = true;
  container.replaceWith(form);
  form.append(container);

  const nav = $<HTMLElement>('.sc-nav');
  const step = $<HTMLElement>('.sc-step');
  const review = $<HTMLElement>('.sc-review');
  const results = $<HTMLElement>('.sc-results');
  const keep = $<HTMLInputElement>('input[name="keep"]');
  const langNote = $<HTMLElement>('.sc-lang-note');
  const loadError = $<HTMLElement>('.sc-load-error');
  const fieldsets = new Map([...form.querySelectorAll<HTMLFieldSetElement>('fieldset')].map((f) => [f.dataset.question as AnswerField, f]));
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-max-today]')) input.max = today;

  const restored = loadFromSession();
  let state: State = restored?.state ?? emptyState();
  keep.checked = restored !== undefined;
  let current: Step = { kind: 'question', id: 'residence' };

  // The nationality may come from a country page's link; no other answer ever travels in a URL.
  // A territory's code stands for the nationality its people hold; the host countries are not offered.
  const linked = new URLSearchParams(location.search).get('nationality')?.toUpperCase();
  const fromLink = linked && countryCodes.has(linked) ? nationalityOf(linked) : undefined;
  if (fromLink && isOfferedNationality(fromLink) && state.answers.nationality === undefined) state.answers.nationality = fromLink;

  root.querySelector('.sc-nojs')?.remove();
  root.querySelector('.sc-checklist-title')?.remove();
  $<HTMLElement>('.sc-privacy').hidden = false;
  nav.hidden = false;

  const nextStep = (): Step => {
    const question = nextQuestion(state.answers, state.skipped, { date: today });
    return question ? { kind: 'question', id: question.id } : { kind: 'review' };
  };

  /** A step the reader may be on now: an answered or the next question, or the end once nothing is left to ask. */
  function reachable(wanted: Step | undefined): Step {
    const next = nextStep();
    if (!wanted) return next;
    if (wanted.kind === 'question') {
      const known = state.answers[wanted.id] !== undefined || state.skipped.has(wanted.id) || (next.kind === 'question' && next.id === wanted.id);
      return known && relevantFields(state.answers).has(wanted.id) ? wanted : next;
    }
    return next.kind === 'question' ? next : wanted;
  }

  function persist() {
    if (keep.checked) saveToSession(state, current);
    else clearSession();
    langNote.hidden = keep.checked || Object.keys(state.answers).length === 0;
  }

  /** Shows a step; moves focus to it only after the reader's own action, never on page load. */
  function render(target: Step, moveFocus: boolean) {
    current = target;
    form.hidden = target.kind !== 'question';
    step.hidden = target.kind !== 'question';
    review.hidden = target.kind !== 'review';
    results.hidden = target.kind !== 'result';
    for (const [id, fieldset] of fieldsets) fieldset.hidden = target.kind !== 'question' || id !== target.id;
    if (target.kind === 'question') {
      const question = byId.get(target.id) as Question;
      const fieldset = fieldsets.get(target.id) as HTMLFieldSetElement;
      const position = state.path.includes(target.id) ? state.path.indexOf(target.id) : state.path.length;
      step.textContent = fill(words('selfcheck.step'), { current: format.number(position + 1) });
      writeValue(fieldset, question, state.answers[target.id] as Value);
      error('');
      $<HTMLButtonElement>('.sc-dontknow').hidden = question.required === true;
      $<HTMLButtonElement>('.sc-back').hidden = position === 0;
      if (moveFocus) fieldset.querySelector<HTMLElement>('legend')?.focus();
    } else if (target.kind === 'review') {
      renderReview($<HTMLElement>('.sc-summary'), state, fieldsets, words, (id) => go({ kind: 'question', id }));
      if (moveFocus) $<HTMLElement>('#sc-review-title').focus();
    } else {
      showResults();
      if (moveFocus) $<HTMLElement>('#sc-results-title').focus();
    }
    persist();
  }

  /** Moves to a step with its own history entry, so the browser's Back returns here. */
  function go(target: Step) {
    render(target, true);
    history.pushState({ step: stepId(target), depth: (history.state?.depth ?? 0) + 1 }, '', `#${stepId(target)}`);
  }

  function showResults() {
    const answers = state.answers as Answers;
    const nationality = fieldsets.get('nationality')?.querySelector('select');
    const nationalityName = [...(nationality?.options ?? [])].find((o) => o.value === answers.nationality)?.text ?? answers.nationality;
    renderResults(
      {
        situation: $<HTMLElement>('.sc-situation'),
        answer: $<HTMLElement>('.sc-answer'),
        other: $<HTMLElement>('.sc-other'),
        why: $<HTMLElement>('.sc-why'),
        deadline: $<HTMLElement>('.sc-deadline'),
        chooseOne: $<HTMLElement>('.sc-choose'),
      },
      evaluate(answers, { date: today }),
      answers,
      today,
      words,
      plural,
      link,
    );
    $<HTMLElement>('.sc-situation').textContent = situationLine(answers, nationalityName, words, plural);
    for (const item of results.querySelectorAll<HTMLElement>('[data-host]')) item.hidden = item.dataset.host !== answers.residence;
    const counsellor = $<HTMLSelectElement>('select[name="counsellor-language"]');
    if (!counsellor.dataset.chosen) counsellor.value = defaultCounsellorLanguage(answers.residence, root.dataset.locale ?? lang);
  }

  function record(value: Value | 'skip') {
    if (current.kind !== 'question') return;
    const id = current.id;
    if (value === 'skip') {
      state.skipped.add(id);
      delete state.answers[id];
    } else {
      (state.answers as Record<string, unknown>)[id] = value;
      state.skipped.delete(id);
    }
    if (!state.path.includes(id)) state.path.push(id);
    prune(state);
    go(nextStep());
  }

  function error(message: string) {
    if (current.kind !== 'question') return;
    const box = fieldsets.get(current.id)?.querySelector<HTMLElement>('.sc-error');
    if (!box) return;
    box.textContent = message;
    box.hidden = message === '';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (current.kind !== 'question') return;
    const question = byId.get(current.id) as Question;
    const value = readValue(fieldsets.get(current.id) as HTMLFieldSetElement, question);
    if (value === undefined) return error(words(question.required ? 'selfcheck.chooseRequired' : 'selfcheck.choose'));
    record(value);
  });
  $<HTMLButtonElement>('.sc-dontknow').addEventListener('click', () => record('skip'));
  // Back is the browser's Back while there is an earlier step of ours in history; after a reload or a language
  // switch there is none, so it goes to the question asked before this one.
  $<HTMLButtonElement>('.sc-back').addEventListener('click', () => {
    if (current.kind !== 'question') return;
    if ((history.state?.depth ?? 0) > 0) return history.back();
    const at = state.path.includes(current.id) ? state.path.indexOf(current.id) : state.path.length;
    const previous = state.path[at - 1];
    if (previous) go({ kind: 'question', id: previous });
  });
  window.addEventListener('popstate', () => render(reachable(stepFromId(location.hash.slice(1))), true));

  $<HTMLButtonElement>('.sc-see-result').addEventListener('click', () => go({ kind: 'result' }));
  $<HTMLButtonElement>('.sc-change-answers').addEventListener('click', () => go({ kind: 'review' }));
  $<HTMLButtonElement>('.sc-restart').addEventListener('click', () => {
    state = emptyState();
    form.reset();
    go(nextStep());
  });
  keep.addEventListener('change', persist);

  const confirm = $<HTMLElement>('.sc-confirm');
  const leave = $<HTMLButtonElement>('.sc-leave');
  leave.addEventListener('click', () => {
    confirm.hidden = false;
    $<HTMLButtonElement>('.sc-leave-yes').focus();
  });
  $<HTMLButtonElement>('.sc-leave-no').addEventListener('click', () => {
    confirm.hidden = true;
    leave.focus();
  });
  $<HTMLButtonElement>('.sc-leave-yes').addEventListener('click', () => {
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
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const label = (field: string) => fieldsets.get(field as AnswerField)?.querySelector('legend')?.textContent ?? (field === 'daysSinceOrderToLeave' ? fieldsets.get('orderToLeaveDate')?.querySelector('legend')?.textContent ?? undefined : undefined);
    const outcome = await readAnswersFile(file, words, label);
    if ('problems' in outcome) {
      const list = document.createElement('ul');
      for (const problem of outcome.problems) list.append(Object.assign(document.createElement('li'), { textContent: problem }));
      loadError.replaceChildren(Object.assign(document.createElement('p'), { textContent: words('selfcheck.loadError') }), list);
      loadError.hidden = false;
      return;
    }
    loadError.hidden = true;
    const answers = { ...outcome.answers } as Record<string, unknown>;
    // A file may give the days since the order to leave; the self-check asks for the day itself.
    if (typeof answers.daysSinceOrderToLeave === 'number') {
      answers.orderToLeaveDate = addDays(today, -answers.daysSinceOrderToLeave);
      delete answers.daysSinceOrderToLeave;
    }
    state = { answers, skipped: new Set(), path: [] };
    prune(state);
    go(nextStep());
  });
  $<HTMLSelectElement>('select[name="counsellor-language"]').addEventListener('change', (event) => {
    (event.target as HTMLSelectElement).dataset.chosen = 'yes';
  });
  $<HTMLButtonElement>('.sc-print').addEventListener('click', async () => {
    const { printSummary } = await import('./print.ts');
    await printSummary($<HTMLElement>('.sc-print-summary'), state.answers as Answers, today, root.dataset.locale ?? 'en', $<HTMLSelectElement>('select[name="counsellor-language"]').value);
    window.print();
  });

  const first = reachable(restored?.step ?? stepFromId(location.hash.slice(1)));
  render(first, false);
  history.replaceState({ step: stepId(first), depth: 0 }, '', `#${stepId(first)}`);
}
