/**
 * A reader with a large network, the same on every run: 5,000 contacts and 50,000 logged
 * interactions, as the tracker benchmark, the backup benchmark and the large-backup browser
 * test store them.
 */

/** Contacts in the large network. */
export const CONTACTS = 5000;
/** Logged interactions in the large network. */
export const INTERACTIONS = 50_000;

const pad = (n: number) => String(n).padStart(2, '0');
const day = (offset: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
const cadences = ['3-weeks', '2-months', '6-months', 'yearly', 'none'] as const;
const organizations = [
  'Clearpath Health',
  'Mendwell',
  'Orrin Health',
  'Lakemont Health',
  'Product Analytics Guild',
];
const tags = ['peer', 'mentor', 'target company', 'hiring manager', 'connector'];
const stamp = '2026-06-01T00:00:00.000Z';

/** A people document of schema version 2 (contacts and logs) the size of a large network, the same on every run. */
export function makeDocument() {
  const people = Array.from({ length: CONTACTS }, (_, i) => ({
    id: `p-${i}`,
    updatedAt: stamp,
    kind: 'person',
    name: `Contact ${i} ${['Warren', 'Raman', 'Osei', 'Reyes', 'Feld'][i % 5]}`,
    role: 'Analyst',
    organization: organizations[i % organizations.length]!,
    why: '',
    goalIds: [],
    sharedInterests: '',
    sharedBackground: '',
    mutualConnections: '',
    opportunity: '',
    tier: 'B',
    status: 'contacted',
    addedOn: day(-800),
    metHow: `Meetup number ${i % 40}`,
    email: `contact${i}@example.com`,
    tags: [tags[i % tags.length]!, tags[(i + 2) % tags.length]!],
    notes: 'Talked about experiments with small samples.',
    cadence: cadences[i % cadences.length]!,
    cadenceDays: null,
    snoozedUntil: null,
  }));
  const interactions = Array.from({ length: INTERACTIONS }, (_, i) => ({
    id: `i-${i}`,
    updatedAt: stamp,
    personId: `p-${i % CONTACTS}`,
    date: day(-((i * 7919) % 700)),
    channel: 'email',
    talkedAbout: 'Their team’s plans for the quarter',
    theyShared: 'A hiring freeze until spring',
    promised: 'Send the article',
    thankYou: 'not-needed',
    thankYouSentOn: null,
  }));
  return { people, interactions, gives: [], deleted: {} };
}

/** The same network as the workbook stores it now: contacts (version 4) and logs apart. */
export function splitDocument(v2: ReturnType<typeof makeDocument>) {
  const last = new Map<string, string>();
  for (const { personId, date } of v2.interactions) {
    const seen = last.get(personId);
    if (!seen || date > seen) last.set(personId, date);
  }
  const people = v2.people.map((person) => ({
    ...person,
    lastInteraction: last.get(person.id) ?? null,
    phone: '',
    profileUrl: '',
  }));
  return {
    people: { people, deleted: {} },
    interactions: { interactions: v2.interactions, gives: v2.gives, deleted: {} },
  };
}
