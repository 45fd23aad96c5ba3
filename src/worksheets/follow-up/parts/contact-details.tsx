import { createEffect, createSignal, on, Show, untrack } from 'solid-js';
import { cadenceLabels } from '../cadence';
import { parseTags } from '../contact-query';
import type { CalendarDate } from '../../../lib/dates';
import { cadences, type Give, type Interaction, type Person } from '../../../documents/people/schema';
import { contactEditor, type ContactPatch } from '../store';
import { personEditor } from '../../../documents/people/store';
import { DateField, NumberField, SelectField, TextField } from '../../../islands/ui/fields';
import { focusById } from '../../../islands/ui/focus';
import FormMessage from '../../../islands/ui/form-message';
import GiveLog from './give-log';
import { nameFieldId, toggleId } from './ids';
import InteractionLog from './interaction-log';

/** A profile link worth following: only http and https, so a `javascript:` URL is never a link. */
const webLink = (url: string) => (/^https?:\/\/\S+$/i.test(url.trim()) ? url.trim() : undefined);

const cadenceOptions = cadences.map((value) => ({ value, label: cadenceLabels[value] }));

/**
 * The opened part of a contact: its details, interaction log, thank-you notes and give log. The
 * reader sees it only after opening a contact, so its code is fetched then (see `contact-row.tsx`).
 */
export default function ContactDetails(props: {
  person: Person;
  today: CalendarDate;
  locked: boolean;
  interactions: Interaction[];
  gives: Give[];
  /** False until the interaction and give logs have loaded (contacts show before them). */
  logLoaded: boolean;
  /** The contact after this one in the list (or before, for the last), to focus after a delete. */
  neighbourId: string | undefined;
}) {
  const person = () => props.person;
  const name = () => person().name.trim() || 'Unnamed contact';
  const [error, setError] = createSignal<string>();
  const save = (patch: ContactPatch) => setError(contactEditor.update(person().id, patch));
  const remove = () => {
    const next = props.neighbourId;
    personEditor.remove(person().id);
    focusById(next ? toggleId(next) : 'fu-add');
  };

  return (
    <>
      <FormMessage message={error() ? { kind: 'error', text: error()! } : undefined} />
      <div class="ws-grid">
        <TextField
          id={nameFieldId(person().id)}
          label="Name"
          value={person().name}
          disabled={props.locked}
          onInput={(value) => save({ name: value })}
        />
        <TextField
          id={`fu-${person().id}-role`}
          label="Role"
          value={person().role}
          disabled={props.locked}
          onInput={(value) => save({ role: value })}
        />
        <TextField
          id={`fu-${person().id}-org`}
          label="Organization"
          value={person().organization}
          disabled={props.locked}
          onInput={(value) => save({ organization: value })}
        />
        <TextField
          id={`fu-${person().id}-email`}
          label="Email"
          type="email"
          value={person().email}
          disabled={props.locked}
          onInput={(value) => save({ email: value.trim() })}
        />
        <TextField
          id={`fu-${person().id}-phone`}
          label="Phone"
          type="tel"
          value={person().phone}
          disabled={props.locked}
          onInput={(value) => save({ phone: value })}
        />
        <TextField
          id={`fu-${person().id}-url`}
          label="Profile URL"
          hint="LinkedIn or a personal site"
          type="url"
          value={person().profileUrl}
          disabled={props.locked}
          onInput={(value) => save({ profileUrl: value.trim() })}
        />
      </div>
      <Show when={webLink(person().profileUrl)}>
        {(href) => (
          <p class="fu-profile-link">
            <a href={href()} target="_blank" rel="noopener noreferrer">
              Open {name()}’s profile<span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        )}
      </Show>
      <TextField
        id={`fu-${person().id}-met`}
        label="How and where you met"
        hint="e.g. Columbus Health Data Meetup, introduced by Marcus"
        value={person().metHow}
        disabled={props.locked}
        onInput={(value) => save({ metHow: value })}
      />
      <TagsField person={person()} locked={props.locked} onSave={save} />
      <div class="ws-grid fu-cadence">
        <SelectField
          id={`fu-${person().id}-cadence`}
          label="Follow up"
          value={person().cadence}
          options={cadenceOptions}
          disabled={props.locked}
          onChange={(cadence) =>
            save(
              cadence === 'custom'
                ? { cadence, cadenceDays: person().cadenceDays ?? 30 }
                : { cadence, cadenceDays: null },
            )
          }
        />
        <Show when={person().cadence === 'custom'}>
          <NumberField
            id={`fu-${person().id}-days`}
            label="Every how many days"
            value={person().cadenceDays}
            min={1}
            max={1100}
            disabled={props.locked}
            onChange={(days) => days !== null && save({ cadenceDays: days })}
          />
        </Show>
        <DateField
          id={`fu-${person().id}-snooze`}
          label="Snoozed until"
          hint="Not due before this day"
          value={person().snoozedUntil}
          disabled={props.locked}
          onChange={(snoozedUntil) => save({ snoozedUntil })}
        />
      </div>
      <TextField
        id={`fu-${person().id}-notes`}
        label="Notes"
        multiline
        value={person().notes}
        disabled={props.locked}
        onInput={(value) => save({ notes: value })}
      />

      <InteractionLog
        person={person()}
        interactions={props.interactions}
        loaded={props.logLoaded}
        today={props.today}
        locked={props.locked}
      />
      <GiveLog
        person={person()}
        gives={props.gives}
        loaded={props.logLoaded}
        today={props.today}
        locked={props.locked}
      />

      <div class="actions no-print">
        <button type="button" class="button button--danger" disabled={props.locked} onClick={remove}>
          Delete {name()}
        </button>
      </div>
    </>
  );
}

/**
 * Tags as a comma list, saved as typed like every other field. The field keeps the reader's own
 * text ("target, " while they type the next tag) and takes the stored tags only when they differ
 * from it, as after an import or an edit in another tab.
 */
function TagsField(props: { person: Person; locked: boolean; onSave: (patch: ContactPatch) => void }) {
  const [text, setText] = createSignal(untrack(() => props.person.tags.join(', ')));
  createEffect(
    on(
      () => props.person.tags,
      (tags) => {
        if (parseTags(untrack(text)).join('\n') !== tags.join('\n')) setText(tags.join(', '));
      },
      { defer: true },
    ),
  );
  return (
    <TextField
      id={`fu-${props.person.id}-tags`}
      label="Tags"
      hint="Separate with commas, e.g. target company, mentor, peer"
      value={text()}
      maxLength={1000}
      disabled={props.locked}
      onInput={(value) => {
        setText(value);
        props.onSave({ tags: parseTags(value) });
      }}
    />
  );
}
