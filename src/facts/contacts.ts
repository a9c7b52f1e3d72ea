/**
 * Contact details of the organisations, written once. Phone numbers are stored in international form for
 * `tel:` links and as the organisation writes them for people calling from inside the country.
 */
import type { Citation } from '../rules/types.ts';

export interface Contact {
  id: 'iom-nl' | 'fedasil';
  /** As the organisation writes its own name. */
  organisation: string;
  phoneNational: string;
  phoneInternational: string;
  /** Free number. */
  free?: true;
  website: string;
  citation: Citation;
}

export const contacts: Record<Contact['id'], Contact> = {
  'iom-nl': {
    id: 'iom-nl',
    organisation: 'IOM Netherlands',
    phoneNational: '088 746 4466',
    phoneInternational: '+31 88 746 4466',
    website: 'https://www.iom-nederland.nl',
    citation: { source: 'iom-nl-resettlement', passage: 'Contact with IOM: "you can call us at 088 746 4466"' },
  },
  fedasil: {
    id: 'fedasil',
    organisation: 'Fedasil',
    phoneNational: '0800 32 745',
    phoneInternational: '+32 800 32 745',
    free: true,
    website: 'https://www.fedasil.be',
    citation: { source: 'fedasil-contact', passage: 'Free phone number 0800 32 745, every day 9:00-12:30 and 13:30-16:00' },
  },
};

/** The government's overview of all return projects per country (seed 004 names it). */
export const returnProjectsOverview = { name: 'Infoterugkeer.nl', url: 'https://www.infoterugkeer.nl' } as const;

export function telHref(contact: Contact): string {
  return `tel:${contact.phoneInternational.replace(/\s+/g, '')}`;
}
