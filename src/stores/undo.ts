import { atom, type ReadableAtom } from 'nanostores';

/** The last destructive action the reader can take back. */
export interface UndoOffer {
  /** What happened, e.g. "Deleted the goal “Meet 12 product analysts”." */
  message: string;
  undo: () => void;
  /**
   * Which worksheet's undo bar shows it, when a page holds several worksheets (lesson 3 has
   * three); offers without one show in bars without one.
   */
  scope?: string | undefined;
}

const offer = atom<UndoOffer | null>(null);

/** The current undo offer, shown by the worksheet's undo bar. */
export const $undo: ReadableAtom<UndoOffer | null> = offer;

/** Offers to undo an action; a newer offer replaces an older one. */
export function offerUndo(message: string, undo: () => void, scope?: string): void {
  offer.set({ message, undo, scope });
}

/**
 * Offers to undo a change that replaced a text, for as long as the text stays as the change left
 * it (`read` picks it out of the document). Undoing puts back the text from before the change,
 * so once the reader has edited it further the offer is withdrawn: taking it would throw their
 * new words away.
 */
export function offerUndoWhileUnchanged<T>(
  message: string,
  undo: () => void,
  scope: string,
  $data: ReadableAtom<T>,
  read: (data: T) => string,
): void {
  const after = read($data.get());
  offerUndo(message, undo, scope);
  const offered = offer.get();
  const stop = $data.listen((data) => {
    if (offer.get() !== offered) stop();
    else if (read(data) !== after) {
      clearUndo();
      stop();
    }
  });
}

/** Takes the offer back (after undoing, or when the reader dismisses it). */
export function clearUndo(): void {
  offer.set(null);
}

/** Runs the offered undo once. */
export function runUndo(): void {
  const current = offer.get();
  offer.set(null);
  current?.undo();
}
