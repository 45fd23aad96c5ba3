import { Show } from 'solid-js';
import { backupNudge, holdsAnswers, isWebKit } from '../../lib/backup-nudge';
import { openStorage } from '../../lib/storage';
import { $dataVersion } from '../../stores/data-version';
import { settings } from '../../stores/settings';
import { createAtomSignal } from '../ui/atom-signal';
import { createBrowserRead } from '../ui/browser-read';

/** What the browser says about this copy of the workbook, for `backupNudge`. */
async function readFacts() {
  const { engine } = await openStorage();
  const storage = navigator.storage as StorageManager | undefined;
  let persisted: boolean | 'unsupported' = 'unsupported';
  try {
    if (storage?.persisted) persisted = await storage.persisted();
  } catch {
    // Refused in some private modes: as good as not persisted.
  }
  // iOS says "installed" with `navigator.standalone`; other browsers with the display mode.
  const installed =
    window.matchMedia('(display-mode: standalone)').matches ||
    (navigator as { standalone?: boolean }).standalone === true;
  return {
    hasData: holdsAnswers(await engine.keys()),
    webkit: isWebKit(navigator.userAgent, navigator.maxTouchPoints),
    persisted,
    installed,
  };
}

/** Where the reminder shows. */
export interface BackupNudgeProps {
  /** One short line with a link to "Your data", for a page other than it (the action plan). */
  compact?: boolean;
}

/**
 * A calm reminder: back up when there has been no backup for two weeks, or never; and on Safari,
 * once, why a backup or installing matters more there. Rendered in the browser only, after
 * hydration (`LateBackupNudge`), so it may read the settings as it renders.
 */
export default function BackupNudge(props: BackupNudgeProps) {
  const version = createAtomSignal($dataVersion);
  const settingsData = createAtomSignal(settings.$data);
  const facts = createBrowserRead(version, readFacts);
  const nudge = () => {
    const known = facts.value();
    const lastBackupAt = settingsData().lastBackupAt;
    return known ? backupNudge({ ...known, lastBackupAt, now: new Date() }) : {};
  };
  const backupText = () => {
    const said = nudge().backup;
    if (!said) return undefined;
    return said.kind === 'never'
      ? 'You have not made a backup yet.'
      : `Your last backup is ${said.days} days old.`;
  };
  return (
    <Show
      when={!props.compact}
      fallback={
        <Show
          when={
            backupText() ??
            (nudge().sevenDayRule &&
              'Safari may delete what you write here after seven days without a visit.')
          }
        >
          {(text) => (
            <p class="backup-nudge backup-nudge--compact no-print">
              <span aria-hidden="true">ℹ </span>
              {text()} <a href="/your-data/">Back up on “Your data”</a>
            </p>
          )}
        </Show>
      }
    >
      <Show when={backupText()}>
        {(text) => (
          <p class="backup-nudge">
            <span aria-hidden="true">ℹ </span>
            {text()} Download one, or send a copy to another device, so your answers are not only in this
            browser.
          </p>
        )}
      </Show>
      <Show when={nudge().sevenDayRule}>
        <p class="backup-nudge">
          <span aria-hidden="true">ℹ </span>
          Safari deletes what a site stores when you have not visited it for seven days of using the browser.
          Add the workbook to your Home Screen (Share, then “Add to Home Screen”) and it keeps your answers;
          or download a backup now and then.
        </p>
      </Show>
    </Show>
  );
}
