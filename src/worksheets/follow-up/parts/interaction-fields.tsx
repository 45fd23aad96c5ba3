import type { CalendarDate } from '../../../lib/dates';
import { channels } from '../../../documents/interactions/schema';
import type { Channel } from '../../../documents/people/schema';
import { DateField, SelectField, TextField } from '../../../islands/ui/fields';
import { channelLabels } from './channel-labels';

const channelOptions = channels.map((value) => ({ value, label: channelLabels[value] }));

/** The fields an interaction is told by, whether being logged or edited. */
export interface InteractionValues {
  date: CalendarDate | null;
  channel: Channel;
  talkedAbout: string;
  theyShared: string;
  promised: string;
}

/**
 * An interaction's day, channel and notes, as the "Log an interaction" form and the editor of a
 * logged one both show them. `id` names each field's element (`date`, `channel`, `talked`, …).
 */
export default function InteractionFields(props: {
  id: (field: string) => string;
  values: InteractionValues;
  disabled?: boolean | undefined;
  onChange: (patch: Partial<InteractionValues>) => void;
}) {
  return (
    <>
      <div class="ws-grid">
        <DateField
          id={props.id('date')}
          label="Date"
          value={props.values.date}
          disabled={props.disabled}
          onChange={(date) => props.onChange({ date })}
        />
        <SelectField
          id={props.id('channel')}
          label="Channel"
          value={props.values.channel}
          options={channelOptions}
          disabled={props.disabled}
          onChange={(channel) => props.onChange({ channel })}
        />
      </div>
      <TextField
        id={props.id('talked')}
        label="What you talked about"
        multiline
        rows={2}
        value={props.values.talkedAbout}
        disabled={props.disabled}
        onInput={(talkedAbout) => props.onChange({ talkedAbout })}
      />
      <div class="ws-grid">
        <TextField
          id={props.id('shared')}
          label="What they shared"
          hint="News, problems, plans, advice"
          multiline
          rows={2}
          value={props.values.theyShared}
          disabled={props.disabled}
          onInput={(theyShared) => props.onChange({ theyShared })}
        />
        <TextField
          id={props.id('promised')}
          label="What you promised"
          multiline
          rows={2}
          value={props.values.promised}
          disabled={props.disabled}
          onInput={(promised) => props.onChange({ promised })}
        />
      </div>
    </>
  );
}
