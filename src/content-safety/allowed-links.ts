/**
 * Which links content may carry: site-internal paths, `tel:` numbers, `mailto:` and `https:` addresses of the
 * organisations the site cites. The hosts are not listed by hand: they are those of the cited documents and the
 * organisations' contact pages, so a translation can never link anywhere the English site does not cite.
 */
import { contacts, returnProjectsOverview } from '../facts/contacts.ts';
import { sources } from '../rules/sources.ts';

const citedAddresses: string[] = [
  ...Object.values(sources).flatMap((source): string[] => ('url' in source && source.url ? [source.url] : [])),
  ...Object.values(contacts).map((contact) => contact.website),
  returnProjectsOverview.url,
];

/** `www.fedasil.be` and `fedasil.be` are one organisation. */
function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

export const allowedHosts: ReadonlySet<string> = new Set(citedAddresses.map((address) => siteOf(new URL(address).hostname)));

/** Why a link is not allowed, or undefined when it is. */
export function linkProblem(url: string): string | undefined {
  const allowed = `only /<page>, #anchor, tel:, mailto: or https: to ${[...allowedHosts].sort().join(', ')}`;
  // A backslash or control character lets browsers read `/\host` as `//host`: never in a link.
  if (/[\\\u0000-\u001f\u007f]/.test(url)) return `link "${url}" has a backslash or control character (${allowed})`;
  if (url.startsWith('#')) return undefined;
  if (url.startsWith('/')) return url.startsWith('//') ? `link "${url}" leaves the site without https: (${allowed})` : undefined;
  if (/^tel:\+?[0-9][0-9 ()-]*$/.test(url)) return undefined;
  const mail = /^mailto:[^@\s?]+@([^@\s?]+)$/.exec(url);
  if (mail) return allowedHosts.has(siteOf(mail[1])) ? undefined : `e-mail address in "${url}" is not an organisation's (${allowed})`;
  if (!URL.canParse(url)) return `link "${url}" is not an address (${allowed})`;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') return `link "${url}" uses ${parsed.protocol} (${allowed})`;
  if (parsed.username || parsed.password || parsed.port) return `link "${url}" carries a user name, password or port (${allowed})`;
  if (!allowedHosts.has(siteOf(parsed.hostname))) return `link "${url}" goes to ${parsed.hostname}, which the site does not cite (${allowed})`;
  return undefined;
}
