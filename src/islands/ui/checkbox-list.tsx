import RecordList from './record-list';

interface Props {
  /** The choices, each with a stable id and the words shown beside its box. */
  items: readonly { id: string; label: string }[];
  isChecked: (id: string) => boolean;
  onToggle: (id: string, checked: boolean) => void;
  disabled?: boolean | undefined;
  /** Extra classes for the list, e.g. a worksheet's own spacing. */
  class?: string | undefined;
  itemClass?: string | undefined;
}

/** A list of labelled checkboxes for linking records (people to a step, goals to a person). */
export default function CheckboxList(props: Props) {
  return (
    <ul class={`check-list ${props.class ?? ''}`}>
      <RecordList each={props.items}>
        {(item) => (
          <li class={props.itemClass}>
            <label>
              <input
                type="checkbox"
                checked={props.isChecked(item().id)}
                disabled={props.disabled}
                onChange={(event) => props.onToggle(item().id, event.currentTarget.checked)}
              />
              {item().label}
            </label>
          </li>
        )}
      </RecordList>
    </ul>
  );
}
