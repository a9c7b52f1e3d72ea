/**
 * Lists ("A, B and C") through `Intl.ListFormat`. ICU has no list patterns for Central Kurdish, Oromo, Kinyarwanda
 * or Kirundi and falls back to English ("A, B, and C"); for them we join with the language's own "and" (Sorani
 * "و" with the Arabic comma, Oromo "fi", Kinyarwanda and Kirundi "na"), the way they write lists
 * (docs/decisions/0012 and 0013).
 */
const fallbackConjunction: Record<string, { middle: string; end: string }> = {
  ckb: { middle: '، ', end: ' و ' },
  om: { middle: ', ', end: ' fi ' },
  rw: { middle: ', ', end: ' na ' },
  rn: { middle: ', ', end: ' na ' },
};

export interface ListPart {
  type: 'element' | 'literal';
  value: string;
}

export function listParts(tag: string, items: readonly string[], type: 'conjunction' | 'unit' = 'conjunction'): ListPart[] {
  const fallback = fallbackConjunction[tag];
  if (!fallback || Intl.ListFormat.supportedLocalesOf([tag]).length > 0) {
    return new Intl.ListFormat(tag, type === 'unit' ? { type: 'unit', style: 'short' } : { type: 'conjunction' }).formatToParts([...items]);
  }
  return items.flatMap((value, i): ListPart[] => {
    const element: ListPart = { type: 'element', value };
    if (i === 0) return [element];
    const literal = type === 'conjunction' && i === items.length - 1 ? fallback.end : fallback.middle;
    return [{ type: 'literal', value: literal }, element];
  });
}

export function formatList(tag: string, items: readonly string[], type: 'conjunction' | 'unit' = 'conjunction'): string {
  return listParts(tag, items, type).map((part) => part.value).join('');
}
