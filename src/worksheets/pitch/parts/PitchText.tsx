import { createMemo, createSignal, For, Show } from 'solid-js';
import { targetLengths, countWords, timingVerdict, wordsForSeconds } from '../speaking-time';
import type { PitchBase } from '../schema';
import { rebuildFromPrompts, setPace, setTarget, setText } from '../store';
import { NumberField, TextField } from '../../../islands/ui/fields';
import CopyButton from './CopyButton';
import Verdict from './Verdict';

/** The assembled pitch, free to edit, with its word count and timing against the target. */
export default function PitchText(props: { base: PitchBase; assembled: string; locked: boolean }) {
  const [paceError, setPaceError] = createSignal<string>();
  const verdict = createMemo(() => timingVerdict(props.base.text, props.base.targetSeconds, props.base.wpm));
  const stale = () => props.base.edited && props.assembled !== props.base.text;
  return (
    <section class="ws-section" aria-labelledby="pitch-text-title">
      <h4 id="pitch-text-title">Your pitch</h4>
      <TextField
        id="pitch-text"
        label="Pitch text"
        hint="Assembled from your answers. Edit it freely: say it out loud and rewrite what you stumble on."
        multiline
        rows={7}
        value={props.base.text}
        disabled={props.locked}
        onInput={setText}
      />
      <Show when={stale()}>
        <p class="pitch-edited no-print">
          <span>
            <span aria-hidden="true">✎ </span>You have edited this text, so changing a prompt no longer
            changes it.
          </span>
          <button
            type="button"
            class="button button--quiet"
            disabled={props.locked}
            onClick={() => rebuildFromPrompts()}
          >
            Rebuild from prompts
          </button>
        </p>
      </Show>
      <div class="pitch-timing">
        <fieldset class="pitch-targets">
          <legend>Target length</legend>
          <For each={targetLengths}>
            {(seconds) => (
              <label>
                <input
                  type="radio"
                  name="pitch-target"
                  value={seconds}
                  checked={props.base.targetSeconds === seconds}
                  disabled={props.locked}
                  onChange={() => setTarget(seconds)}
                />
                {seconds} seconds (about {wordsForSeconds(seconds, props.base.wpm)} words)
              </label>
            )}
          </For>
        </fieldset>
        <NumberField
          id="pitch-wpm"
          label="Speaking pace (words a minute)"
          hint="About 130 in conversation; time yourself in practice to find yours."
          min={80}
          max={220}
          value={props.base.wpm}
          error={paceError()}
          disabled={props.locked}
          onChange={(wpm) => wpm !== null && setPaceError(setPace(wpm))}
        />
      </div>
      <Verdict verdict={verdict()} words={countWords(props.base.text)} live />
      <CopyButton text={() => props.base.text} field={() => 'pitch-text'} label="Copy pitch" />
    </section>
  );
}
