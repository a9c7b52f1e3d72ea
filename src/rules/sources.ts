/**
 * The documents every rule, amount and list cites. One entry per document; rules cite it by id plus a passage.
 * `retrieved` is the day the copy we worked from was read. Where the copy did not show its address, `url` is the
 * organisation's page on the subject as published at that date.
 */
export interface SourceDocument {
  title: string;
  publisher: string;
  url?: string;
  retrieved: string;
  /** The copy kept beside the project, for reviewers. */
  copy?: string;
}

export const sources = {
  'iom-nl-reintegration-assistance': {
    title: 'What is Reintegration Assistance?',
    publisher: 'IOM Netherlands',
    url: 'https://www.iom-nederland.nl',
    retrieved: '2026-11-23',
    copy: 'shared/seeds/000',
  },
  'iom-nl-avrr-nl': {
    title: 'Reintegration Assistance: AVRR-NL (Assisted Voluntary Return and Reintegration)',
    publisher: 'IOM Netherlands',
    url: 'https://www.iom-nederland.nl',
    retrieved: '2026-11-23',
    copy: 'shared/seeds/001',
  },
  'iom-nl-resettlement': {
    title: 'Resettlement to a Third Country',
    publisher: 'IOM Netherlands',
    url: 'https://www.iom-nederland.nl',
    retrieved: '2026-11-23',
    copy: 'shared/seeds/002',
  },
  'fedasil-reintegration': {
    title: 'Reintegration',
    publisher: 'Fedasil',
    url: 'https://www.fedasil.be/en/voluntary-return/reintegration',
    retrieved: '2026-11-23',
    copy: 'shared/seeds/003',
  },
  'nl-government-reintegration': {
    title: 'Ondersteuning bij herintegratie',
    publisher: 'Rijksoverheid (Dienst Terugkeer en Vertrek)',
    url: 'https://www.dienstterugkeerenvertrek.nl',
    retrieved: '2026-11-23',
    copy: 'shared/seeds/004',
  },
  'iom-nl-rean': {
    title: 'Voluntary Departure from the Netherlands (REAN)',
    publisher: 'IOM Netherlands',
    url: 'https://www.iom-nederland.nl',
    retrieved: '2026-11-23',
    copy: 'shared/data/public-facts.md',
  },
  'iom-nl-amounts-change': {
    title: 'Change of amounts of reintegration support',
    publisher: 'IOM Netherlands',
    url: 'https://www.iom-nederland.nl/en/news/news-on-voluntary-return/change-of-amounts-of-reintegration-support',
    retrieved: '2026-11-23',
    copy: 'shared/data/public-facts.md',
  },
  'nl-ozv-regulation-2023': {
    title: 'Subsidieregeling Ondersteuning Zelfstandig Vertrek 2023 (Staatscourant 2023, 20983)',
    publisher: 'Ministerie van Justitie en Veiligheid',
    url: 'https://zoek.officielebekendmakingen.nl/stcrt-2023-20983.html',
    retrieved: '2026-11-23',
    copy: 'shared/data/public-facts.md',
  },
  'fedasil-contact': {
    title: 'Voluntary return: contact and FAQ',
    publisher: 'Fedasil',
    url: 'https://www.fedasil.be/en/voluntary-return',
    retrieved: '2026-11-23',
    copy: 'shared/data/public-facts.md',
  },
  'agii-fedasil-premiums-2022': {
    title: 'Fedasil: nieuwe premies bij vrijwillige terugkeer vanaf 1 januari 2022 (reported 2022-01-26)',
    publisher: 'Agentschap Integratie en Inburgering (agii.be)',
    url: 'https://www.agii.be',
    retrieved: '2026-11-25',
    copy: 'shared/data/public-facts.md',
  },
  'be-return-exclusions': {
    title: 'Vrijwillige terugkeer: uitsluitingen',
    publisher: 'vreemdelingenrecht.be (Agentschap Integratie en Inburgering)',
    url: 'https://www.vreemdelingenrecht.be',
    retrieved: '2026-11-23',
    copy: 'shared/data/public-facts.md',
  },
} as const satisfies Record<string, SourceDocument>;

export type SourceId = keyof typeof sources;
