import { createMemo } from 'solid-js';
import { chosenVariant } from './pitch';
import { $pitch, assembledText, pitch } from './store';
import type { PersistedDocument } from '../../stores/persisted';
import Practice from './parts/Practice';
import PitchText from './parts/PitchText';
import PrintPitch from './parts/PrintPitch';
import Prompts from './parts/Prompts';
import Variants from './parts/Variants';
import Versions from './parts/Versions';
import { createAtomSignal } from '../../islands/ui/atom-signal';
import UndoBar from '../../islands/ui/undo-bar';
import WorksheetGate from '../../islands/ui/worksheet-gate';

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
