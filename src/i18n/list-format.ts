/**
 * Lists ("A, B and C") through `Intl.ListFormat`, with one documented gap: ICU has no list patterns for Central
 * Kurdish (ckb) and falls back to English ("A, B, and C"). For it we join with the Sorani "و" (and) and the
 * Arabic comma, the way Sorani writes lists (docs/decisions/0012).
 */
const fallbackConjunction: Record<string, { middle: string; end: string }> = {
  ckb: { middle: '، ', end: ' و ' },
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
