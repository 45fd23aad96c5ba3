import { Show } from 'solid-js';
import type { LengthVerdict, VerdictKind } from '../speaking-time';

/**
 * A length verdict (in seconds or in words): a drawn icon and the verdict in words (the colour only repeats them).
 * Announced politely, so a screen reader hears the new estimate as the text changes.
 */
export default function Verdict(props: { verdict: LengthVerdict; words: number; live?: boolean }) {
  return (
    <p class="pitch-verdict" data-kind={props.verdict.kind} aria-live={props.live ? 'polite' : undefined}>
      <VerdictIcon kind={props.verdict.kind} />
      <span>
        <span class="pitch-verdict__label">{labels[props.verdict.kind]}</span> {props.words}{' '}
        {props.words === 1 ? 'word' : 'words'}. {props.verdict.text}
      </span>
    </p>
  );
}

const labels: Record<VerdictKind, string> = {
  empty: 'Not started.',
  under: 'Under target.',
  'on-target': 'On target.',
  over: 'Over target.',
};

function VerdictIcon(props: { kind: VerdictKind }) {
  return (
    <svg class="pitch-verdict__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" />
      <Show when={props.kind === 'on-target'}>
        <path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="currentColor" stroke-width="1.8" />
      </Show>
      <Show when={props.kind === 'under'}>
        <path d="M8 4.5v6M5.3 8l2.7 2.7L10.7 8" fill="none" stroke="currentColor" stroke-width="1.6" />
      </Show>
      <Show when={props.kind === 'over'}>
        <path d="M8 11.5v-6M5.3 8L8 5.3 10.7 8" fill="none" stroke="currentColor" stroke-width="1.6" />
      </Show>
      <Show when={props.kind === 'empty'}>
        <path d="M5 8h6" fill="none" stroke="currentColor" stroke-width="1.6" />
      </Show>
    </svg>
  );
}
