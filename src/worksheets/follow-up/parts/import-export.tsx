import { createSignal, Show } from 'solid-js';
import type { ContactStatus, UnsentThankYou } from '../cadence';
import type { CalendarDate } from '../../../lib/dates';
import { downloadText } from '../../../islands/ui/download';
import FormMessage, { type Message } from '../../../islands/ui/form-message';
import { loadOnUse } from '../../../islands/ui/load-on-use';

// The import flow (and Papa Parse with it) loads only once the reader picks a file; ical.js
// only once that file is a vCard.
const ImportPanel = loadOnUse(
  () => import('./import-panel'),
  (panel) => `Reading ${panel.fileName}…`,
);

const FILES = {
  csv: 'networking-contacts.csv',
  vcard: 'networking-contacts.vcf',
  ics: 'networking-follow-ups.ics',
};

/** Import contacts from CSV; export them as CSV or vCard, and the follow-ups as a calendar. */
export default function ImportExport(props: {
  statuses: ContactStatus[];
  /** Thank-you notes to send in the coming days, which the calendar reminds of too. */
  thankYous: UnsentThankYou[];
  today: CalendarDate;
  locked: boolean;
}) {
  const [file, setFile] = createSignal<{ name: string; bytes: ArrayBuffer }>();
  const [message, setMessage] = createSignal<Message>();
  const [busy, setBusy] = createSignal(false);

  const run = async (work: () => Promise<Message>) => {
    setMessage(undefined);
    setBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ kind: 'error', text: `The file could not be made: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const none: Message = { kind: 'error', text: 'There are no contacts to export yet. Add one first.' };
  const contacts = (count: number) => `${count} ${count === 1 ? 'contact' : 'contacts'}`;

  const exportCsv = (statuses: ContactStatus[]) =>
    run(async () => {
      if (statuses.length === 0) return none;
      const { contactsToCsv } = await import('../contacts-csv');
      // A byte-order mark tells spreadsheet apps the file is UTF-8, so names keep their accents.
      downloadText(FILES.csv, `\uFEFF${contactsToCsv(statuses)}`, 'text/csv;charset=utf-8');
      return { kind: 'ok', text: `Downloaded ${FILES.csv} with ${contacts(statuses.length)}.` };
    });

  const exportVCard = (statuses: ContactStatus[]) =>
    run(async () => {
      if (statuses.length === 0) return none;
      const { toVCards } = await import('../vcard');
      downloadText(FILES.vcard, toVCards(statuses.map((s) => s.person)), 'text/vcard;charset=utf-8');
      return {
        kind: 'ok',
        text: `Downloaded ${FILES.vcard} with ${contacts(statuses.length)}. Open it to add them to your address book.`,
      };
    });

  const exportIcs = (statuses: ContactStatus[], thankYous: UnsentThankYou[], today: CalendarDate) =>
    run(async () => {
      const { makeFollowUpCalendar } = await import('../calendar');
      const result = makeFollowUpCalendar(statuses, { now: new Date(), today, thankYous });
      if (!result.ok) return { kind: 'error', text: result.error };
      downloadText(FILES.ics, result.text, 'text/calendar;charset=utf-8');
      const count = statuses.filter((s) => s.due !== null).length + thankYous.length;
      return {
        kind: 'ok',
        text: `Downloaded ${FILES.ics} with ${count} ${count === 1 ? 'reminder' : 'reminders'}, each with an alarm at 9 a.m. on the day. Importing a newer download moves them instead of adding copies.`,
      };
    });

  const pick = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = ''; // so choosing the same file again (after fixing it) reads it again
    if (!chosen) return;
    setMessage(undefined);
    try {
      setFile({ name: chosen.name, bytes: await chosen.arrayBuffer() });
    } catch (error) {
      setMessage({ kind: 'error', text: `The file could not be read: ${(error as Error).message}` });
    }
  };

  return (
    <section class="ws-section fu-io no-print" aria-labelledby="fu-io-title">
      <h4 id="fu-io-title">Import and export</h4>
      <p class="ws-section__intro">
        Bring contacts in from LinkedIn, Google Contacts, Outlook, your phone (vCard) or any spreadsheet
        (CSV), take them out as CSV or vCard, and put your follow-ups in your calendar with reminders. Nothing
        leaves this browser except the files you download.
      </p>
      <div class="actions">
        <button
          type="button"
          class="button button--quiet"
          disabled={busy()}
          onClick={() => void exportCsv(props.statuses)}
        >
          Export contacts (.csv)
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={busy()}
          onClick={() => void exportVCard(props.statuses)}
        >
          Export contacts (.vcf)
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={busy()}
          onClick={() => void exportIcs(props.statuses, props.thankYous, props.today)}
        >
          Download follow-up reminders (.ics)
        </button>
      </div>
      <FormMessage message={message()} />
      <div class="field fu-io__file">
        <label for="fu-import-file">Import contacts from a CSV or vCard file</label>
        <p class="field__hint" id="fu-import-file-hint">
          LinkedIn’s Connections.csv, a Google or Outlook contacts export, a phone’s .vcf, or a spreadsheet
          with a header row. You see what will be added before anything is.
        </p>
        <input
          id="fu-import-file"
          type="file"
          accept=".csv,text/csv,.vcf,text/vcard,text/x-vcard"
          disabled={props.locked}
          aria-describedby="fu-import-file-hint"
          onChange={(event) => void pick(event.currentTarget)}
        />
      </div>
      <Show when={file()}>
        {(current) => (
          <ImportPanel fileName={current().name} bytes={current().bytes} onClose={() => setFile(undefined)} />
        )}
      </Show>
    </section>
  );
}
