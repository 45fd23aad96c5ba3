import { createSignal, onMount, untrack } from 'solid-js';
import { formatDate, type CalendarDate } from '../../../lib/dates';
import { thankYouStates } from '../../../documents/interactions/schema';
import type { Interaction } from '../../../documents/people/schema';
import { offerUndoInteractionEdit, updateInteraction, type NewInteraction } from '../store';
import { SelectField } from '../../../islands/ui/fields';
import { focusById } from '../../../islands/ui/focus';
import FormMessage from '../../../islands/ui/form-message';
import InteractionFields from './interaction-fields';

const thankYouLabels: Record<Interaction['thankYou'], string> = {
  'to-send': 'Still to send',
  sent: 'Sent',
  'not-needed': 'Not needed',
};
const thankYouOptions = thankYouStates.map((value) => ({ value, label: thankYouLabels[value] }));

/**
 * A logged interaction's fields, open for editing in place. Each change is saved as typed, like
 * the contact's own fields; a new date moves the contact's last interaction and due date with it.
 * Closing ("Done editing", or Escape) offers to undo the whole edit and returns focus to "Edit".
 */
export default function InteractionEditor(props: {
  interaction: Interaction;
  personName: string;
  today: CalendarDate;
  onClose: () => void;
}) {
  const before = untrack(() => props.interaction);
  const id = (field: string) => `fu-${before.id}-edit-${field}`;
  const [error, setError] = createSignal<string>();
  const save = (patch: Partial<NewInteraction>) => setError(updateInteraction(before.id, patch));
  const close = () => {
    offerUndoInteractionEdit(before);
    props.onClose();
  };
  onMount(() => focusById(id('date')));

  return (
    <div
      role="group"
      class="fu-log__edit no-print"
      aria-label={`Edit the interaction of ${formatDate(props.interaction.date)} with ${props.personName}`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <InteractionFields
        id={id}
        values={props.interaction}
        onChange={({ date, ...notes }) =>
          // A logged interaction keeps its day: clearing the field is answered, not saved.
          date === null ? setError('Choose the day of the interaction.') : save(date ? { date } : notes)
        }
      />
      <SelectField
        id={id('thanks')}
        label="Thank-you note"
        value={props.interaction.thankYou}
        options={thankYouOptions}
        onChange={(thankYou) =>
          save({
            thankYou,
            thankYouSentOn: thankYou === 'sent' ? (props.interaction.thankYouSentOn ?? props.today) : null,
          })
        }
      />
      <FormMessage message={error() ? { kind: 'error', text: error()! } : undefined} />
      <div class="actions">
        <button type="button" class="button" onClick={close}>
          Done editing
        </button>
      </div>
    </div>
  );
}
