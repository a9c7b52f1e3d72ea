/**
 * Every country page NGOs link to answers first: for each programme that can apply, how much (from the rules)
 * and a next step (the self-check with the nationality filled in, and whom to call). Read from the built HTML of
 * every country page in every language.
 */
import { expect, test } from '@playwright/test';
import { countries, countryOf, hostNationalities, isMember } from '../../src/rules/countries.ts';
import { nlListStanding } from '../../src/rules/conditions/nl-country-list.ts';
import { latest, todayIso } from '../../src/rules/dated.ts';
import { amounts } from '../../src/rules/programmes/nl-iom-reintegration.ts';
import { reinstallationPremium } from '../../src/rules/programmes/be-reintegration.ts';
import { formatEur } from '../../src/i18n/format.ts';
import { locales } from '../../src/i18n/locales.ts';
import { dist, read } from './built-site.ts';
import { join } from 'node:path';

const nationalities = countries.filter((c) => !c.nationality && !c.noPermanentPopulation && !hostNationalities.has(c.code));
const today = todayIso();
/** The part of the page about one host country. */
const section = (html: string, host: string) => html.match(new RegExp(`<section[^>]*data-host="${host}"[\\s\\S]*?</section>`))?.[0] ?? '';

for (const locale of locales) {
  test(`${locale.key}: every nationality's page shows the amounts and next steps for each host country`, () => {
    const eur = (n: number) => formatEur(locale.tag, n);
    const problems: string[] = [];
    for (const { code } of nationalities) {
      const html = read(join(dist, locale.key, 'countries', code.toLowerCase(), 'index.html'));
      const nl = section(html, 'NL');
      const be = section(html, 'BE');
      const standing = nlListStanding(code, today).met;
      const nlAmounts = nl.match(/data-amounts="nl-reintegration"[^>]*>([^<]*)/)?.[1] ?? '';
      if (standing !== false) {
        for (const value of [latest(amounts.adultMaxEur).value, latest(amounts.minorWithFamilyMaxEur).value, latest(amounts.cashMaxEurPerPerson).value]) {
          if (!nlAmounts.includes(eur(value))) problems.push(`${code} NL: no ${eur(value)}`);
        }
      } else if (nlAmounts) problems.push(`${code} NL: amounts shown for a nationality on neither list`);
      const premium = isMember('be-reintegration-basic', code, today) ? reinstallationPremium.visaRequired : reinstallationPremium.visaFree;
      const beAmounts = be.match(/data-amounts="be-reinstallation-premium"[^>]*>([^<]*)/)?.[1] ?? '';
      for (const value of [latest(premium.adultEur).value, latest(premium.childEur).value]) if (!beAmounts.includes(eur(value))) problems.push(`${code} BE: no ${eur(value)}`);
      for (const [host, part, phone] of [['NL', nl, 'tel:+31887464466'], ['BE', be, 'tel:+3280032745']] as const) {
        const steps = part.match(/<ol class="next-steps"[\s\S]*?<\/ol>/)?.[0] ?? '';
        if (!steps.includes(`href="/${locale.key}/self-check/?nationality=${code}"`)) problems.push(`${code} ${host}: no self-check step`);
        if (!steps.includes(`href="${phone}"`)) problems.push(`${code} ${host}: no phone step`);
      }
    }
    expect(nationalities.length).toBeGreaterThan(190);
    expect(problems).toEqual([]);
  });
}

test('pages of territories, of the host countries and of land without people point elsewhere instead', () => {
  for (const code of ['WF', 'NL', 'AQ']) {
    const html = read(join(dist, 'en', 'countries', code.toLowerCase(), 'index.html'));
    expect(html, code).not.toContain('data-amounts');
    expect(countryOf(code)).toBeDefined();
  }
});
