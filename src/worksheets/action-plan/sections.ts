import type {
  LessonLinks,
  PlanDocuments,
  PlanOptions,
  PlanSection,
  PlanSectionId,
  PlanSectionSource,
} from './model';
import { worksheets, type WorksheetId } from '../registry';

export type { PlanDocuments, PlanOptions, PlanSection, PlanSectionId } from './model';

/** Each worksheet folder's plan section, by folder name. */
const sectionByFolder = new Map(
  Object.entries(
    import.meta.glob<PlanSectionSource>('/src/worksheets/*/plan.ts', { eager: true, import: 'planSection' }),
  ).map(([path, section]) => [path.split('/').at(-2)!, section]),
);

/**
 * Every section of the action plan, in the registry's (chapter) order: each worksheet's own, then
 * the timeline of the action-plan worksheet, last because it merges the dates of every section
 * above it.
 */
export const planSections: readonly (PlanSectionSource & { worksheet: WorksheetId })[] = worksheets.flatMap(
  (entry) => {
    if (!('plan' in entry)) return [];
    const section = sectionByFolder.get(entry.id);
    if (!section)
      throw new Error(`The registry gives ${entry.id} a plan section, but its folder has no plan.ts.`);
    return [{ ...section, worksheet: entry.id }];
  },
);

/** The storage keys of every document some section reads, once each. */
export const planDocumentKeys: readonly (keyof PlanDocuments)[] = [
  ...new Set(planSections.flatMap((source) => source.documents)),
];

/** A section of the plan that may be built, with the worksheet that holds it. */
export type PlanSource = (typeof planSections)[number];

/**
 * One section built from the documents, given the sections built before it (the timeline
 * merges their dates), naming the lesson that holds its worksheet.
 */
export function buildSection(
  source: PlanSource,
  documents: PlanDocuments,
  options: PlanOptions,
  earlier: readonly PlanSection[],
  lessons: LessonLinks = {},
): PlanSection {
  const section = source.build({ documents, options, earlier: earlier.slice() });
  return { ...section, lesson: lessons[source.worksheet] };
}

/**
 * The plan as the page shows it: the included sections, in chapter order, each built from the
 * documents. Excluded sections are left out of the timeline as well, so the plan on paper is
 * exactly what the reader chose. Each section names the lesson that holds its worksheet.
 */
export function assemblePlan(
  documents: PlanDocuments,
  options: PlanOptions,
  excluded: readonly string[] = [],
  lessons: LessonLinks = {},
): PlanSection[] {
  const built: PlanSection[] = [];
  for (const source of planSections) {
    if (!excluded.includes(source.id)) built.push(buildSection(source, documents, options, built, lessons));
  }
  return built;
}

/** Whether a section id names a section of the plan (stored choices may name retired ones). */
export function isPlanSectionId(id: string): id is PlanSectionId {
  return planSections.some((source) => source.id === id);
}
