import { createMemo } from 'solid-js';
import { chosenVariant } from '../lib/pitch';
import { $pitch, assembledText, pitch } from '../stores/pitch';
import type { PersistedDocument } from '../stores/persisted';
import Practice from './pitch/Practice';
import PitchText from './pitch/PitchText';
import PrintPitch from './pitch/PrintPitch';
import Prompts from './pitch/Prompts';
import Variants from './pitch/Variants';
import Versions from './pitch/Versions';
import { createAtomSignal } from './ui/atom-signal';
import UndoBar from './ui/undo-bar';
import WorksheetGate from './ui/worksheet-gate';

/** The pitch builder of lesson 3: prompts, timing, practice, audience variants, versions, print. */
export default function PitchBuilder() {
  return (
    <WorksheetGate documents={[pitch] as PersistedDocument<unknown>[]}>
      <Builder />
    </WorksheetGate>
  );
}

function Builder() {
  const doc = createAtomSignal($pitch);
  const status = createAtomSignal(pitch.$status);
  const locked = () => status().readOnly;
  const assembled = createMemo(() => assembledText(doc().base));
  return (
    <div class="ws pitch">
      <p class="ws-section__intro">Everything you write here stays in this browser.</p>
      <Prompts base={doc().base} locked={locked()} />
      <PitchText base={doc().base} assembled={assembled()} locked={locked()} />
      <Practice
        text={doc().base.text}
        targetSeconds={doc().base.targetSeconds}
        runs={doc().runs}
        locked={locked()}
      />
      <Variants
        variants={doc().variants}
        chosenId={doc().chosenVariantId}
        wpm={doc().base.wpm}
        locked={locked()}
      />
      <Versions versions={doc().versions} current={doc().base.text} locked={locked()} />
      <PrintPitch carried={chosenVariant(doc())} />
      <UndoBar scope="pitch" />
    </div>
  );
}
