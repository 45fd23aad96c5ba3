import { For } from 'solid-js';
import type { PitchPart } from '../pitch';
import type { PitchBase } from '../schema';
import { setPart } from '../store';
import { TextField } from '../../../islands/ui/fields';

const prompts: { part: PitchPart; label: string; hint: string }[] = [
  {
    part: 'who',
    label: '1. Who you are',
    hint: 'Your role and field in plain words, e.g. “I’m a data analyst at Lakemont Health.”',
  },
  {
    part: 'value',
    label: '2. What you do and the value you bring',
    hint: 'The problem you solve, and for whom.',
  },
  {
    part: 'proof',
    label: '3. A proof point or short story',
    hint: 'One concrete result, with a number if you have one.',
  },
  {
    part: 'ask',
    label: '4. Your ask',
    hint: 'Small and specific: a name, advice, or 20 minutes of their time.',
  },
  {
    part: 'hook',
    label: '5. A hook or opening line',
    hint: 'A vivid detail or question that makes people ask more. It opens your pitch.',
  },
];

/** The five guided prompts; each answer rebuilds the pitch until the reader edits it by hand. */
export default function Prompts(props: { base: PitchBase; locked: boolean }) {
  return (
    <section class="ws-section" aria-labelledby="pitch-prompts-title">
      <h4 id="pitch-prompts-title">Answer the prompts</h4>
      <p class="ws-section__intro">One or two sentences each. Your pitch is assembled below as you type.</p>
      <For each={prompts}>
        {(prompt) => (
          <TextField
            id={`pitch-${prompt.part}`}
            label={prompt.label}
            hint={prompt.hint}
            multiline
            rows={2}
            value={props.base[prompt.part]}
            disabled={props.locked}
            onInput={(value) => setPart(prompt.part, value)}
          />
        )}
      </For>
    </section>
  );
}
