import { createComponent, createSignal, onMount, Show, type Component } from 'solid-js';
import type { BackupNudgeProps } from './BackupNudge';

/**
 * The backup reminder (`BackupNudge`), fetched once the page has hydrated: it reads what the
 * browser stores and says, so it can only show then, and its code stays out of the first load.
 * Should it not come (offline before the site was cached), the page lacks only a reminder.
 */
export default function LateBackupNudge(props: BackupNudgeProps) {
  const [Nudge, setNudge] = createSignal<Component<BackupNudgeProps>>();
  onMount(() => {
    import('./BackupNudge').then(
      (module) => setNudge(() => module.default),
      () => {},
    );
  });
  return (
    <Show when={Nudge()}>
      {(Loaded) =>
        createComponent(Loaded(), {
          get compact() {
            return props.compact;
          },
        })
      }
    </Show>
  );
}
