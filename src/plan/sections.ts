import { communicationSection } from '../worksheets/communication/plan';
import { developmentSection } from '../worksheets/development/plan';
import { goalsSection } from '../worksheets/goals/plan';
import type { PlanDocuments, PlanOptions, PlanSection, PlanSectionId, PlanSectionSource } from './model';
import { followUpsSection } from '../worksheets/follow-up/plan';
import { peopleSection } from '../worksheets/relationship-map/plan';
import { pitchSection } from '../worksheets/pitch/plan';
import { timelineSection } from './timeline';

export type { PlanDocuments, PlanOptions, PlanSection, PlanSectionId } from './model';

/**
 * Every section of the action plan, in chapter order. A worksheet joins the plan by adding one
 * module here; the timeline comes last because it merges the dates of every section above it.
 */
export const planSections: readonly PlanSectionSource[] = [
  goalsSection,
  peopleSection,
  pitchSection,
  communicationSection,
  followUpsSection,
  developmentSection,
  timelineSection,
];

/** The storage keys of every document some section reads, once each. */
export const planDocumentKeys: readonly (keyof PlanDocuments)[] = [
  ...new Set(planSections.flatMap((source) => source.documents)),
];

/**
 * The plan as the page shows it: the included sections, in chapter order, each built from the
 * documents. Excluded sections are left out of the timeline as well, so the plan on paper is
 * exactly what the reader chose.
 */
export function assemblePlan(
  documents: PlanDocuments,
  options: PlanOptions,
  excluded: readonly string[] = [],
): PlanSection[] {
  const built: PlanSection[] = [];
  for (const source of planSections) {
    if (excluded.includes(source.id)) continue;
    built.push(source.build({ documents, options, earlier: built.slice() }));
  }
  return built;
}

/** Whether a section id names a section of the plan (stored choices may name retired ones). */
export function isPlanSectionId(id: string): id is PlanSectionId {
  return planSections.some((source) => source.id === id);
}
