/**
 * Numbers, euros, dates, lists and plurals in the page's language without the browser's CLDR data: the tables
 * come from the build (src/i18n/browser-formats.ts) in `<script type="application/json" id="locale-formats">`,
 * keyed by language tag. Every page whose scripts format text includes the table (components/layout/LocaleFormats).
 */
import type { BrowserFormats } from '../i18n/browser-formats.ts';

export interface LocaleFormat {
  number(n: number): string;
  euros(n: number): string;
  date(iso: string): string;
  list(items: readonly string[]): string;
  plural(n: number): string;
}

let tables: Record<string, BrowserFormats> | undefined;

function tableOf(tag: string): BrowserFormats | undefined {
  tables ??= JSON.parse(document.getElementById('locale-formats')?.textContent || '{}') as Record<string, BrowserFormats>;
  return tables[tag];
}

/** Exported for the tests, which compare it with Node's full ICU. */
export function fromTable(f: BrowserFormats): LocaleFormat {
  const number = (n: number) => {
    const whole = String(Math.round(Math.abs(n)));
    let grouped = whole;
    if (Math.abs(n) >= f.groupFrom && f.group) {
      const [last, others] = f.groupSizes;
      const pieces = [whole.slice(-last)];
      for (let end = whole.length - last; end > 0; end -= others) pieces.unshift(whole.slice(Math.max(0, end - others), end));
      grouped = pieces.join(f.group);
    }
    return (n < 0 ? '-' : '') + grouped.replace(/\d/g, (d) => f.digits[Number(d)]);
  };
  return {
    number,
    euros: (n) => f.euro[0] + number(n) + f.euro[1],
    date(iso) {
      const [y, m, d] = iso.split('-').map(Number);
      return f.date.map((piece) => (piece === 'd' ? number(d).padStart(f.dayDigits ?? 1, f.digits[0]) : piece === 'm' ? f.months[m - 1] : piece === 'y' ? number(y).replaceAll(f.group, '') : piece)).join('');
    },
    list: (items) => (items.length === 2 ? items.join(f.list.two) : items.map((item, i) => (i === 0 ? item : (i === items.length - 1 ? f.list.end : f.list.middle) + item)).join('')),
    plural: (n) => f.categories[Number(f.plural[n < 200 ? n : 100 + (n % 100)])] ?? 'other',
  };
}

export function localeFormat(tag: string = document.documentElement.lang): LocaleFormat {
  const table = tableOf(tag);
  if (!table) throw new Error(`no #locale-formats table for "${tag}" on this page (add <LocaleFormats> with that language)`);
  return fromTable(table);
}
