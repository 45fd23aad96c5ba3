import { Show } from 'solid-js';
import { backupNudge, holdsAnswers, isWebKit } from '../../lib/backup-nudge';
import { openStorage } from '../../lib/storage';
import { $dataVersion } from '../../stores/data-version';
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

/**
 * A calm reminder above the backup buttons: back up when there has been no backup for two weeks,
 * or never; and on Safari, once, why a backup or installing matters more there.
 */
export default function BackupNudge(props: { lastBackupAt: string | null }) {
  const version = createAtomSignal($dataVersion);
  const facts = createBrowserRead(version, readFacts);
  const nudge = () => {
    const known = facts.value();
    return known ? backupNudge({ ...known, lastBackupAt: props.lastBackupAt, now: new Date() }) : {};
  };
  return (
    <>
      <Show when={nudge().backup}>
        {(backup) => (
          <p class="backup-nudge">
            <span aria-hidden="true">ℹ </span>
            {(() => {
              const said = backup();
              return said.kind === 'never'
                ? 'You have not made a backup yet. Download one, or send a copy to another device, so your answers are not only in this browser.'
                : `Your last backup is ${said.days} days old. Make a new one so it holds what you have written since.`;
            })()}
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
    </>
  );
}
