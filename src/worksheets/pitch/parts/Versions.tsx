import { createSignal, For, Show } from 'solid-js';
import { formatInstant } from '../../../lib/dates';
import type { DiffPart } from '../compare';
import { countWords } from '../speaking-time';
import type { PitchVersion } from '../schema';
import { deleteFrom, keepVersionNote, restoreVersion, saveVersion, versionNoteDraft } from '../store';
import { TextField } from '../../../islands/ui/fields';
import { focusById } from '../../../islands/ui/focus';
import FormMessage, { type Message } from '../../../islands/ui/form-message';

/** When a version was saved, in the reader's own time zone. */
const savedWhen = (version: PitchVersion) => formatInstant(version.savedAt);

/** Saved versions of the pitch: save, compare word by word with the current text, restore. */
export default function Versions(props: { versions: PitchVersion[]; current: string; locked: boolean }) {
  // A note typed and not yet saved comes back after a reload.
  const [note, setNote] = createSignal(versionNoteDraft());
  const [message, setMessage] = createSignal<Message>();
  const [comparison, setComparison] = createSignal<{
    version: PitchVersion;
    parts: DiffPart[];
    summary: string;
  }>();
  const newestFirst = () => [...props.versions].reverse();

  const save = () => {
    const error = saveVersion(note());
    setMessage(
      error ? { kind: 'error', text: error } : { kind: 'ok', text: 'Saved this version of your pitch.' },
    );
    if (!error) setNote('');
  };
  const compare = async (version: PitchVersion) => {
    try {
      // Loaded on demand: only readers who compare versions need the diff library.
      const { compareTexts, summarizeDiff } = await import('../compare');
      const parts = compareTexts(version.text, props.current);
      setComparison({ version, parts, summary: summarizeDiff(parts) });
      focusById('pitch-compare-title');
    } catch (error) {
      setMessage({ kind: 'error', text: `The comparison could not be loaded: ${(error as Error).message}` });
    }
  };
  const restore = (version: PitchVersion) => {
    const error = restoreVersion(version.id);
    setComparison(undefined);
    setMessage(
      error
        ? { kind: 'error', text: error }
        : {
            kind: 'ok',
            text: `Restored the version of ${savedWhen(version)}. Your previous text is kept as a version.`,
          },
    );
    focusById('pitch-text');
  };

  return (
    <section class="ws-section no-print" aria-labelledby="pitch-versions-title">
      <h4 id="pitch-versions-title">Versions</h4>
      <p class="ws-section__intro">Save a version before a big rewrite, so you can compare or go back.</p>
      <div class="pitch-add">
        <TextField
          id="pitch-version-note"
          label="Note for this version (optional)"
          hint="e.g. “after the coffee with Daniel”"
          value={note()}
          disabled={props.locked}
          onInput={(value) => {
            setNote(value);
            keepVersionNote(value);
          }}
        />
        <button type="button" class="button" disabled={props.locked} onClick={save}>
          Save version
        </button>
      </div>
      <FormMessage message={message()} />
      <Show when={props.versions.length > 0} fallback={<p class="ws-empty">No saved versions yet.</p>}>
        <ol class="pitch-versions" reversed>
          <For each={newestFirst()}>
            {(version) => (
              <li>
                <span class="pitch-versions__when">
                  <time datetime={version.savedAt}>{savedWhen(version)}</time>
                  {version.note ? ` · ${version.note}` : ''} · {countWords(version.text)} words
                </span>
                <span class="pitch-versions__actions">
                  <button type="button" class="button button--quiet" onClick={() => void compare(version)}>
                    Compare with current
                    <span class="visually-hidden"> (version of {savedWhen(version)})</span>
                  </button>
                  <button
                    type="button"
                    class="button button--quiet"
                    disabled={props.locked}
                    onClick={() => restore(version)}
                  >
                    Restore<span class="visually-hidden"> the version of {savedWhen(version)}</span>
                  </button>
                  <button
                    type="button"
                    class="icon-button icon-button--danger"
                    aria-label={`Delete the version of ${savedWhen(version)}`}
                    disabled={props.locked}
                    onClick={() => {
                      deleteFrom('versions', version.id, `of ${savedWhen(version)}`);
                      focusById('pitch-versions-title');
                    }}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </span>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={comparison()}>
        {(current) => (
          <div class="pitch-compare">
            <h5 id="pitch-compare-title" tabindex="-1">
              Changes since the version of {savedWhen(current().version)}
            </h5>
            <p>
              {current().summary} Added words are marked <ins class="pitch-diff">[+ like this +]</ins>,
              removed words <del class="pitch-diff">[− like this −]</del>.
            </p>
            <p class="pitch-compare__text">
              <For each={current().parts}>
                {(part) =>
                  part.kind === 'same' ? (
                    part.text
                  ) : part.kind === 'added' ? (
                    <ins class="pitch-diff">
                      <span class="visually-hidden">added: </span>
                      <span aria-hidden="true">[+</span>
                      {part.text}
                      <span aria-hidden="true">+]</span>
                    </ins>
                  ) : (
                    <del class="pitch-diff">
                      <span class="visually-hidden">removed: </span>
                      <span aria-hidden="true">[−</span>
                      {part.text}
                      <span aria-hidden="true">−]</span>
                    </del>
                  )
                }
              </For>
            </p>
            <button type="button" class="button button--quiet" onClick={() => setComparison(undefined)}>
              Close comparison
            </button>
          </div>
        )}
      </Show>
    </section>
  );
}
