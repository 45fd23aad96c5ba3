// How copies of one document in several tabs keep up with each other: a BroadcastChannel says
// that a tab saved (or that storage was replaced wholesale), and a Web Lock per document keeps
// one tab's read-merge-write from running through another's.

const CHANNEL = 'networking-workbook';

/** What documents tell their copies in other tabs (and this one) over the BroadcastChannel. */
export type Message =
  { type: 'saved'; key: string; updatedAt: string; from: string } | { type: 'replaced'; keys: string[] };

/** One document's line to its copies in other tabs. */
export interface TabChannel {
  /** Tells the other copies that this one stored the copy stamped `updatedAt`. */
  announceSaved(updatedAt: string): void;
  close(): void;
}

/** What a document does when another copy of it speaks. */
export interface TabListener {
  /** Another copy stored a newer copy: adopt it. */
  saved(): void;
  /** Storage was replaced wholesale (an import or a reset): read it again. */
  replaced(): void;
}

/**
 * Joins the copies of document `key` in every tab; `instanceId` tells this copy's own messages
 * apart. Undefined where the browser has no BroadcastChannel: each tab then merges on its writes.
 */
export function joinTabs(key: string, instanceId: string, listener: TabListener): TabChannel | undefined {
  const channel = openChannel();
  if (!channel) return undefined;
  channel.onmessage = ({ data: message }: MessageEvent<Message>) => {
    if (message.type === 'replaced' && message.keys.includes(key)) listener.replaced();
    else if (message.type === 'saved' && message.key === key && message.from !== instanceId) {
      listener.saved();
    }
  };
  return {
    announceSaved: (updatedAt) =>
      channel.postMessage({ type: 'saved', key, updatedAt, from: instanceId } satisfies Message),
    close: () => channel.close(),
  };
}

/**
 * The channel to documents' copies in other tabs, or none where the browser has none or refuses
 * one: Firefox throws a SecurityError when the reader blocks site data, and then no other tab
 * shares this one's storage anyway.
 */
export function openChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  try {
    return new BroadcastChannel(CHANNEL);
  } catch {
    return undefined;
  }
}
