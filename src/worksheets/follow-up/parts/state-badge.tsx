import { describeDue, stateLabels, type FollowUpState } from '../cadence';
import type { CalendarDate } from '../../../lib/dates';

/** A contact's follow-up state as an icon and words ("⚠ Overdue · Overdue by 3 days"), never colour alone. */
export default function StateBadge(props: {
  state: FollowUpState;
  due: CalendarDate | null;
  today: CalendarDate;
}) {
  return (
    <span class={`fu-state fu-state--${props.state}`}>
      <span aria-hidden="true">{stateLabels[props.state].icon} </span>
      <strong>{stateLabels[props.state].text}</strong>
      <span class="fu-state__due"> · {describeDue(props.due, props.today)}</span>
    </span>
  );
}
