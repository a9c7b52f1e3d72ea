/**
 * Numbers are where a translation can change a deadline or an amount without anyone noticing ("30 days" written
 * as "20", "5 years" as "3"). Each translated string and page block must carry the same numbers as its English
 * text, in any decimal digits (Persian ۵, Sorani ٥ and 5 are the same number).
 */
import { prose } from './glossary-files.ts';

const digitZeros = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xbe6, 0xe50, 0x1040, 0x17e0];

function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const cp = digit.codePointAt(0)!;
    const zero = digitZeros.find((z) => cp >= z && cp <= z + 9);
    return zero === undefined ? digit : String(cp - zero);
  });
}

/** The numbers a reader reads: not inside components, link targets or {{placeholders}}; thousands separators joined. */
export function numbersIn(text: string): string[] {
  const readable = prose(asciiDigits(text))
    .replace(/\{\{\w+\}\}/g, ' ')
    // Times: "9:00" and "9 h" are the same hour, "12:30" and "12 h 30" the same minute.
    .replace(/(\d{1,2})\s?[:.h]\s?00\b/g, '$1')
    .replace(/(\d{1,2})\s?[:.h]\s?(\d{2})\b/g, '$1 $2');
  const numbers = [...readable.matchAll(/\d+(?:[.,\u066b\u066c\u060c\u202f\u00a0 ]\d{3}(?!\d))*/g)].map((m) => m[0].replace(/\D/g, ''));
  // A set: a translation may repeat a number (the English term in brackets), never change or lose one.
  return [...new Set(numbers)].sort();
}

export function numberProblems(where: string, english: string, translated: string): string[] {
  const a = numbersIn(english).join(' ');
  const b = numbersIn(translated).join(' ');
  return a === b ? [] : [`${where}: numbers differ: English [${a}], translation [${b}]`];
}
