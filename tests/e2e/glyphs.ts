/**
 * Finds characters the browser cannot draw: what a reader would see as an empty box or a gap. Each character
 * of the text is drawn on a canvas in the element's own font, and compared with the drawing of a code point
 * that no font has (U+10FFFD, private use): the same pixels mean the browser fell back to "no glyph". Combining
 * marks are drawn on a dotted circle and compared with the circle alone.
 */
import type { Locator, Page } from '@playwright/test';

export async function missingGlyphs(target: Locator): Promise<string[]> {
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    const canvas = document.createElement('canvas');
    canvas.width = 96;
    canvas.height = 64;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas');
    const draw = (text: string) => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.font = `${style.fontStyle} ${style.fontWeight} 32px ${style.fontFamily}`;
      context.fillText(text, 16, 44);
      return context.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
    };
    const noGlyph = draw('\u{10FFFD}');
    const circle = draw('\u25CC');
    const text = (element as HTMLElement).innerText ?? element.textContent ?? '';
    const characters = [...new Set(text)].filter((c) => !/[\p{White_Space}\p{Cc}\p{Cf}]/u.test(c));
    return characters.filter((c) => (/\p{M}/u.test(c) ? draw(`\u25CC${c}`) === circle : draw(c) === noGlyph)).map((c) => `${c} U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`);
  });
}

/** A page of sample lines, each in its own language, for checking that the test browser has a script's font. */
export async function showSamples(page: Page, samples: { lang: string; dir: 'ltr' | 'rtl'; text: string }[]): Promise<void> {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const lines = samples.map((s) => `<p lang="${s.lang}" dir="${s.dir}">${escape(s.text)}</p>`).join('');
  await page.setContent(`<!doctype html><html><body style="font-family: sans-serif; font-size: 24px">${lines}</body></html>`);
}
