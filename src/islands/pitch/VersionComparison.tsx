import { For } from 'solid-js';
import { compareTexts, summarizeDiff } from '../../lib/pitch-compare';

/**
 * A saved version compared word by word with the pitch as it was when the reader asked. It brings
 * the diff library, so its code is fetched on "Compare with current" (see `Versions.tsx`).
 */
export default function VersionComparison(props: {
  /** The version's text. */
  older: string;
  /** The pitch text when the reader asked to compare. */
  newer: string;
  /** When the version was saved, in words: "Feb 1, 2027, 7:00 PM". */
  savedWhen: string;
}) {
  const parts = () => compareTexts(props.older, props.newer);
  return (
    <>
      <h5 id="pitch-compare-title" tabindex="-1">
        Changes since the version of {props.savedWhen}
      </h5>
      <p>
        {summarizeDiff(parts())} Added words are marked <ins class="pitch-diff">[+ like this +]</ins>, removed
        words <del class="pitch-diff">[− like this −]</del>.
      </p>
      <p class="pitch-compare__text">
        <For each={parts()}>
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
    </>
  );
}
