import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanDocuments, PlanItem, PlanSection } from '../../src/worksheets/action-plan/model';
import type { CommunicationDoc } from '../../src/worksheets/communication/schema';
import type { DevelopmentDoc } from '../../src/worksheets/development/schema';
import type { GoalsDoc } from '../../src/worksheets/goals/schema';
import type { InteractionsDoc } from '../../src/documents/interactions/schema';
import type { PeopleDoc } from '../../src/documents/people/schema';
import type { PitchDoc } from '../../src/worksheets/pitch/schema';

/** The data of a stored-document fixture, `tests/fixtures/documents/<key>/v<version>.json`. */
export function fixtureData<T>(key: string, version = 1): T {
  const file = join(process.cwd(), `tests/fixtures/documents/${key}/v${version}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { data: T }).data;
}

/**
 * Maya's workbook as the fixtures hold it: goals, people and their logs, a pitch, the conversation
 * plans and profile checklist, a development plan.
 */
export const mayaWorkbook: PlanDocuments = {
  goals: fixtureData<GoalsDoc>('goals'),
  people: fixtureData<PeopleDoc>('people', 3),
  interactions: fixtureData<InteractionsDoc>('interactions'),
  pitch: fixtureData<PitchDoc>('pitch'),
  communication: fixtureData<CommunicationDoc>('communication'),
  development: fixtureData<DevelopmentDoc>('development', 2),
};

/** A filled section holding the given items in one group, to feed the timeline in tests. */
export function sectionWith(items: PlanItem[]): PlanSection {
  return {
    id: 'goals',
    title: 'Goals',
    lesson: { title: 'Goals', href: '/' },
    prompts: [],
    empty: false,
    groups: [{ key: 'g', title: 'g', items }],
  };
}
