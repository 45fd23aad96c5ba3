import { onMount } from 'nanostores';
import { lastInteractions } from '../../worksheets/follow-up/cadence';
import type { CalendarDate } from '../../lib/dates';
import { withLastInteractionsFrom } from './last-interaction';
import type { Interaction } from '../people/schema';
import { interactions } from './document';
import { people } from '../people/document';

let seenLog: readonly Interaction[] | undefined;
let latest: Map<string, CalendarDate> = new Map();
let scheduled = false;

/**
 * Corrects every contact whose `lastInteraction` differs from the log. Another tab's edit of
 * the same contact's day, or a merge that lacks the copy both tabs started from (a closing
 * page's stash), can win over this tab's freshly logged day, and only the log knows the truth. It runs only against a log that is loaded, fully checked and saved, and
 * contacts whose own save is not pending, so it never corrects from a log that is still
 * arriving (for example one being carried over from an older `people`). Two tabs holding the
 * same log compute the same days, so their corrections agree and stop after one write.
 */
function reconcile(): void {
  scheduled = false;
  const log = interactions.$status.get();
  const contacts = people.$status.get();
  const settled = (status: typeof log) =>
    status.phase === 'ready' && !status.readOnly && !status.checking && !status.quarantinedAs;
  if (!settled(log) || !settled(contacts) || log.save !== 'saved' || contacts.save !== 'saved') return;
  const entries = interactions.$data.get().interactions;
  if (entries !== seenLog) {
    latest = lastInteractions(entries);
    seenLog = entries;
  }
  const corrected = withLastInteractionsFrom(people.$data.get().people, latest, new Date());
  if (corrected) people.update((doc) => ({ ...doc, people: corrected }));
}

// Several changes arrive together (a load sets data and then status): check once after them.
const schedule = () => {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(reconcile);
};

// Active while anything on the page reads the log, which is when the two can be compared. It
// checks when the log changes or either document loads or saves here, but not when contacts
// arrive from another tab: their log may arrive a moment later, and correcting the contacts from
// this tab's log until then would write days back and forth between the tabs.
onMount(interactions.$data, () => {
  const stops = [
    interactions.$status.listen(schedule),
    interactions.$data.listen(schedule),
    people.$status.listen(schedule),
  ];
  schedule();
  return () => stops.forEach((stop) => stop());
});
