import type { DocumentSpec } from '../lib/documents';
import { progressSpec } from '../schemas/progress';
import { settingsSpec } from '../schemas/settings';
import { worksheets } from '../worksheets/registry';

/**
 * Specs in the order a restore writes them: a document that an older version of another carries
 * data into (`carryOver.into`) goes before that other, so an import never stores contacts of an
 * older backup before the logs they held (people version 2 kept the logs now in `interactions`).
 */
export function writeOrder(specs: readonly DocumentSpec<unknown>[]): DocumentSpec<unknown>[] {
  const ordered: DocumentSpec<unknown>[] = [];
  const place = (spec: DocumentSpec<unknown>) => {
    if (ordered.includes(spec)) return;
    const into = specs.find((candidate) => candidate.key === spec.carryOver?.into);
    if (into) place(into);
    ordered.push(spec);
  };
  specs.forEach(place);
  return ordered;
}

/**
 * Every stored document, once: those of the worksheets in the registry, then the site's own
 * (lesson progress, settings). Backup, restore and reset cover exactly these.
 */
export const documentSpecs: readonly DocumentSpec<unknown>[] = writeOrder([
  ...new Set([
    ...worksheets.flatMap((entry) => entry.documents as readonly unknown[] as DocumentSpec<unknown>[]),
    progressSpec as DocumentSpec<unknown>,
    settingsSpec as DocumentSpec<unknown>,
  ]),
]);
