/**
 * What the browser scripts need to write numbers, euros, dates, lists and plurals in the page's language,
 * computed here at build time with Node's full ICU and embedded in the page as JSON. A reader's browser may have
 * no CLDR data for Tigrinya or Central Kurdish (it would fall back to English digits, month names and plural
 * rules); with these tables it needs none. See docs/decisions/0012.
 */
import { listParts } from './list-format.ts';

export interface BrowserFormats {
  /** The ten digits 0-9 in the language's default numbering system. */
  digits: string;
  /** Grouping separator, the smallest number that is grouped (1000 or 10000), and the sizes of the last group
   *  and of the others (3 and 3, or 3 and 2 in Indian grouping). */
  group: string;
  groupFrom: number;
  groupSizes: [number, number];
  /** Minus sign and the text around the number in a euro amount, e.g. ["€", ""] or ["", " €"]. */
  euro: [string, string];
  /** A long date: literal pieces with "d", "m" and "y" slots, and the twelve month names as that date uses them. */
  date: string[];
  months: string[];
  /** 2 where the language writes the day with two digits (Armenian "01"). */
  dayDigits: number;
  /** List joiners: between two items, and in longer lists before the last / between the others (unit, short). */
  list: { two: string; middle: string; end: string };
  /** Plural category of every whole number 0-199; larger numbers use the category of 100 + (n mod 100). */
  plural: string;
  /** Plural categories, the letters of `plural` indexing into it. */
  categories: string[];
}

/** Gregorian dates everywhere, also where the language's default is another calendar (Persian, Dari, Pashto). */
export function dateLocale(tag: string): string {
  return `${tag}-u-ca-gregory`;
}

export function browserFormats(tag: string): BrowserFormats {
  const numbers = new Intl.NumberFormat(tag);
  const digits = Array.from({ length: 10 }, (_, i) => numbers.format(i)).join('');
  const groupPart = numbers.formatToParts(12345).find((p) => p.type === 'group');
  const integers = numbers.formatToParts(123456789).filter((p) => p.type === 'integer').map((p) => p.value.length);
  const groupSizes: [number, number] = [integers.at(-1) ?? 3, integers.length > 2 ? integers.at(-2)! : integers.at(-1) ?? 3];
  const groupFrom = numbers.formatToParts(1234).some((p) => p.type === 'group') ? 1000 : 10000;

  const euroParts = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).formatToParts(5);
  const at = euroParts.findIndex((p) => p.type === 'integer');
  const euro: [string, string] = [euroParts.slice(0, at).map((p) => p.value).join(''), euroParts.slice(at + 1).map((p) => p.value).join('')];

  const dates = new Intl.DateTimeFormat(dateLocale(tag), { dateStyle: 'long', timeZone: 'UTC' });
  // V8's format() writes a plain space where formatToParts() keeps ICU's narrow no-break space ("2026 г."):
  // the table follows format(), which the pages use.
  const date = dates
    .formatToParts(new Date(Date.UTC(2026, 10, 23)))
    .map((p) => (p.type === 'day' ? 'd' : p.type === 'month' ? 'm' : p.type === 'year' ? 'y' : p.value.replace(/\u202f/g, ' ')));
  const dayDigits = dates.formatToParts(new Date(Date.UTC(2026, 0, 1))).find((p) => p.type === 'day')?.value.length ?? 1;
  const months = Array.from({ length: 12 }, (_, m) => dates.formatToParts(new Date(Date.UTC(2026, m, 15))).find((p) => p.type === 'month')?.value ?? String(m + 1));

  // The text between element `index` and the next (empty where the language joins without one, as Chinese does).
  const literal = (items: string[], index: number) => {
    const parts = listParts(tag, items, 'unit');
    const elements = parts.flatMap((p, i) => (p.type === 'element' ? [i] : []));
    return parts.slice(elements[index] + 1, elements[index + 1]).map((p) => p.value).join('');
  };
  const list = { two: literal(['a', 'b'], 0), middle: literal(['a', 'b', 'c'], 0), end: literal(['a', 'b', 'c'], 1) };

  const rules = new Intl.PluralRules(tag);
  const categories = rules.resolvedOptions().pluralCategories as string[];
  const plural = Array.from({ length: 200 }, (_, n) => String(categories.indexOf(rules.select(n)))).join('');

  return { digits, group: groupPart?.value ?? '', groupFrom, groupSizes, euro, date, months, dayDigits, list, plural, categories };
}
