/** A change of the rules in words, in the reader's language: used by the "What changed" page and its Atom feed. */
import type { TFunction } from 'i18next';
import type { Change } from '../rules/changes.ts';
import { addDays } from '../rules/dated.ts';
import { countryName, formatDate, formatEur } from './format.ts';


export function changeText(change: Change, t: TFunction, tag: string): string {
  const programme = change.programme ? t(`programme.${change.programme}.name`) : t('change.fedasil');
  switch (change.kind) {
    case 'announced':
      return t('change.announced', { programme });
    case 'programme-start':
      return t('change.programme-start', { programme });
    case 'programme-end':
      return t('change.programme-end', { programme, lastDay: formatDate(tag, addDays(change.date ?? '', -1)) });
    case 'amount': {
      const values = { programme, parameter: t(`change.parameter.${change.parameter}`), value: formatEur(tag, change.value ?? 0) };
      return change.previous === undefined ? t('change.amountFirst', values) : t('change.amount', { ...values, previous: formatEur(tag, change.previous) });
    }
    case 'list-join':
    case 'list-leave':
      return t(`change.${change.kind}`, { country: countryName(tag, change.country ?? ''), list: t(`group.${change.group}`) });
  }
}
