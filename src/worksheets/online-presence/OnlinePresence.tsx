import { createMemo, For, Show } from 'solid-js';
import { writtenSummary } from '../pitch/pitch';
import { completion, presenceInfo, presenceItems } from './presence';
import {
  $communication,
  communication,
  presenceRecord,
  setPresenceDone,
  setPresenceNote,
  useWrittenSummary,
} from '../communication/store';
import type { PersistedDocument } from '../../stores/persisted';
import { $pitch, pitch } from '../pitch/document';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import { TextField } from '../../islands/ui/fields';
import UndoBar from '../../islands/ui/undo-bar';
import WorksheetGate from '../../islands/ui/worksheet-gate';

/** The online presence checklist of lesson 3: profile items, each with done state and a note. */
export default function OnlinePresence() {
  return (
    <WorksheetGate documents={[communication, pitch] as PersistedDocument<unknown>[]}>
      <Checklist />
    </WorksheetGate>
  );
}

function Checklist() {
  const doc = createAtomSignal($communication);
  const pitchDoc = createAtomSignal($pitch);
  const status = createAtomSignal(communication.$status);
  const locked = () => status().readOnly;
  const done = createMemo(() => completion((item) => presenceRecord(doc(), item).done));
  const summary = () => writtenSummary(pitchDoc());
  return (
    <div class="ws comm">
      <p class="ws-section__intro">
        Work through your main professional profile. Tick an item when it meets the standard beside it.
      </p>
      <p class="comm-completion" aria-live="polite">
        <progress max={done().total} value={done().done} aria-hidden="true" /> {done().text}
      </p>
      <ul class="ws-list">
        <For each={presenceItems}>
          {(item) => {
            const record = () => presenceRecord(doc(), item);
            return (
              <li class="ws-card comm-item" data-done={record().done ? 'true' : undefined}>
                <div class="comm-item__check">
                  <label>
                    <input
                      type="checkbox"
                      id={`presence-${item}-done`}
                      checked={record().done}
                      disabled={locked()}
                      onChange={(event) => setPresenceDone(item, event.currentTarget.checked)}
                    />{' '}
                    <strong>{presenceInfo[item].label}</strong>
                    <span class="comm-item__state">{record().done ? ' (done)' : ' (to do)'}</span>
                  </label>
                  <p class="ws-section__intro">{presenceInfo[item].check}</p>
                </div>
                <TextField
                  id={`presence-${item}-note`}
                  label={`${presenceInfo[item].label} note: ${presenceInfo[item].note}`}
                  multiline
                  rows={item === 'summary' ? 5 : 2}
                  value={record().note}
                  disabled={locked()}
                  onInput={(note) => setPresenceNote(item, note)}
                />
                <Show when={item === 'summary'}>
                  <div class="no-print">
                    <Show
                      when={summary()}
                      fallback={
                        <p class="ws-section__intro">
                          Write a “Written online summary” variant in the pitch builder above, and you can
                          copy it here.
                        </p>
                      }
                    >
                      {(text) => (
                        <button
                          type="button"
                          class="button button--quiet"
                          disabled={locked()}
                          onClick={() => useWrittenSummary(text())}
                        >
                          Use my written summary
                        </button>
                      )}
                    </Show>
                  </div>
                </Show>
              </li>
            );
          }}
        </For>
      </ul>
      <UndoBar scope="presence" />
    </div>
  );
}
