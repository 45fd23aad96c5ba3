import { atom, onMount, type ReadableAtom } from 'nanostores';
import { $documents, type DocumentStatus, type PersistedDocument } from './document-store';

/** One line for the save indicator: the worst state among the documents on the page. */
export interface SaveSummary {
  state: 'idle' | 'loading' | 'saving' | 'saved' | 'problem';
  /** The first problem to explain, if any. */
  problem?: string;
  /** True when that problem is saved answers out of reach, which trying again may reach. */
  unread?: boolean;
  /**
   * True when a copy of the page is no use: the answers on it are not the reader's saved ones
   * (those could not be read) and what is on it is stored already.
   */
  noCopy?: boolean;
}

/** Combines document statuses: a problem beats saving, saving beats saved. */
export function summarize(statuses: readonly DocumentStatus[]): SaveSummary {
  if (statuses.length === 0) return { state: 'idle' };
  const withProblem = statuses.find((status) => status.problem);
  if (withProblem?.problem) {
    const { problem, unread, save } = withProblem;
    return {
      state: 'problem',
      problem,
      ...(unread ? { unread, ...(save === 'failed' ? {} : { noCopy: true }) } : {}),
    };
  }
  if (statuses.some((status) => status.phase === 'loading')) return { state: 'loading' };
  if (statuses.some((status) => status.save === 'pending' || status.save === 'saving'))
    return { state: 'saving' };
  return { state: 'saved' };
}

const summary = atom<SaveSummary>({ state: 'idle' });

/** The save state of everything on the page, kept current while someone watches it. */
export const $saveSummary: ReadableAtom<SaveSummary> = summary;

onMount(summary, () => {
  let unbinds: (() => void)[] = [];
  const watch = (documents: readonly PersistedDocument<unknown>[]) => {
    unbinds.forEach((unbind) => unbind());
    const update = () => summary.set(summarize(documents.map((doc) => doc.$status.get())));
    unbinds = documents.map((doc) => doc.$status.listen(update));
    update();
  };
  const stop = $documents.subscribe(watch);
  return () => {
    stop();
    unbinds.forEach((unbind) => unbind());
  };
});
