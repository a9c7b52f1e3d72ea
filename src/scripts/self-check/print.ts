/**
 * "Print or save for my appointment": a summary of at most two A4 pages, dated, headed with the reader's
 * situation, in the reader's language beside the counsellor's (Dutch, French or English), each column with its
 * own `lang` and `dir`. The words of both languages load only now, from the site's own string files (a script
 * of this site, like the page's own: no answer is sent anywhere).
 */
import type { Answers } from '../../rules/answers.ts';
import { evaluate } from '../../rules/evaluate.ts';
import { questions, relevantFields } from '../../rules/questionnaire.ts';
import { contacts } from '../../facts/contacts.ts';
import { locales } from '../../i18n/locales.ts';
import { complementaryDeadline, notForReader, situationLine } from './results.ts';
import { element, fill, type Words } from './words.ts';
import { localeFormat } from '../locale-format.ts';

const stringFiles = import.meta.glob<Record<string, string>>('../../../content/i18n/*.json', { import: 'default' });

async function stringsOf(localeKey: string): Promise<Record<string, string>> {
  const load = stringFiles[`../../../content/i18n/${localeKey}.json`] ?? stringFiles['../../../content/i18n/en.json'];
  return load ? load() : {};
}

/** One column of the summary, wholly in one language. */
function column(localeKey: string, strings: Record<string, string>, answers: Answers, date: string): HTMLElement {
  const locale = locales.find((l) => l.key === localeKey) ?? locales[0];
  const tag = locale.tag;
  const words: Words = (key) => strings[key] ?? key;
  const format = localeFormat(tag);
  const plural = (key: string, count: number) => fill(strings[`${key}_${format.plural(count)}`] ?? strings[`${key}_other`] ?? '', { count: format.number(count) });
  const day = format.date;
  // The page's own language: the names the build wrote into the nationality list (no CLDR data needed). Dutch,
  // French and English names: the browser's Intl, which every browser has for these three.
  const country = (code: string) =>
    (tag === document.documentElement.lang ? document.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(code)}"]`)?.text : undefined) ??
    new Intl.DisplayNames([tag], { type: 'region' }).of(code) ??
    code;

  const box = element('div', undefined, 'sc-print-column');
  box.lang = tag;
  box.dir = locale.dir;
  box.append(element('h2', words('selfcheck.printTitle')), element('p', fill(words('selfcheck.checkedOn'), { date: day(date) })));
  box.append(element('p', situationLine(answers, country(answers.nationality), words, plural, format), 'sc-print-situation'));

  box.append(element('h3', words('selfcheck.resultsHeading')));
  const list = element('ul');
  const results = evaluate(answers, { date });
  for (const result of results.filter((r) => !notForReader(r))) {
    const budget = result.budget && result.verdict !== 'unlikely' ? ` ${fill(words('budget.total'), { amount: format.euros(result.budget.maxEur) })}.` : '';
    list.append(element('li', `${words(`programme.${result.programme}.name`)}: ${words(`verdict.${result.verdict}`)}.${budget}`));
  }
  box.append(list);
  const deadline = complementaryDeadline(results, answers, date);
  if (deadline) box.append(element('p', fill(words('selfcheck.deadline'), { date: day(deadline.lastDay), days: format.number(deadline.daysLeft) }), 'sc-print-deadline'));
  const contact = answers.residence === 'BE' ? contacts.fedasil : contacts['iom-nl'];
  box.append(element('p', `${contact.organisation}: ${contact.phoneNational}`));

  box.append(element('h3', words('selfcheck.yourAnswers')));
  const answered = element('dl');
  const relevant = relevantFields(answers);
  for (const question of questions.filter((q) => relevant.has(q.id))) {
    const value = answers[question.id];
    let shown: string;
    if (value === undefined) shown = words('selfcheck.notAnswered');
    else if (question.kind === 'yes-no') shown = words(value ? 'selfcheck.yes' : 'selfcheck.no');
    else if (question.kind === 'country') shown = country(String(value));
    else if (question.kind === 'date') shown = day(String(value));
    else if (question.kind === 'count') shown = format.number(value as number);
    else if (Array.isArray(value)) shown = value.length ? format.list(value.map((v) => words(`question.${question.id}.option.${v}`))) : '—';
    else shown = words(`question.${question.id}.option.${String(value)}`);
    answered.append(element('dt', words(`question.${question.id}.label`)), element('dd', shown));
  }
  box.append(answered, element('p', words('notice.estimate'), 'sc-print-notice'));
  return box;
}

export async function printSummary(target: HTMLElement, answers: Answers, date: string, readerLocale: string, counsellorLocale: string): Promise<void> {
  const languages = readerLocale === counsellorLocale ? [readerLocale] : [readerLocale, counsellorLocale];
  const strings = await Promise.all(languages.map(stringsOf));
  const columns = element('div', undefined, 'sc-print-columns');
  languages.forEach((key, i) => columns.append(column(key, strings[i], answers, date)));
  target.replaceChildren(columns);
}
