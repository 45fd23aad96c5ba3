interface Props {
  /** What the record is called, for the buttons' accessible names, e.g. "goal “Meet 12 analysts”". */
  name: string;
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  disabled?: boolean;
}

/** Move up, move down and delete for one record; each button says which record it acts on. */
export default function RecordActions(props: Props) {
  return (
    <div class="record-actions no-print" role="group" aria-label={`Actions for ${props.name}`}>
      <button
        type="button"
        class="icon-button"
        aria-label={`Move ${props.name} up`}
        disabled={props.disabled || props.first}
        onClick={() => props.onMove(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="icon-button"
        aria-label={`Move ${props.name} down`}
        disabled={props.disabled || props.last}
        onClick={() => props.onMove(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        class="icon-button icon-button--danger"
        aria-label={`Delete ${props.name}`}
        disabled={props.disabled}
        onClick={() => props.onDelete()}
      >
        <span aria-hidden="true">✕</span>
        <span class="icon-button__text">Delete</span>
      </button>
    </div>
  );
}
