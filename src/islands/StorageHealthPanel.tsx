import { Show } from 'solid-js';
import { formatInstant } from '../lib/dates';
import { formatBytes } from '../lib/format';
import { $dataVersion } from '../stores/data-version';
import { settings } from '../stores/settings';
import { $persistenceAnswer, readStorageHealth } from '../persistence/storage-health';
import { createAtomSignal } from './ui/atom-signal';
import { createBrowserRead } from './ui/browser-read';

const driverLabel = {
  indexeddb: 'IndexedDB (the browser’s database)',
  localstorage: 'Local storage (a smaller fallback)',
  memory: 'Memory only: nothing is kept after this tab closes',
};

const answerLabel = {
  'not-asked': 'not asked yet on this page (asked after your first save)',
  granted: 'granted',
  denied: 'declined by the browser; your data is still saved, but the browser may clear it if space runs low',
  unsupported: 'not supported by this browser',
};

/** Which storage holds the data and how safe it is. */
export default function StorageHealthPanel() {
  const version = createAtomSignal($dataVersion);
  const answer = createAtomSignal($persistenceAnswer);
  const settingsData = createAtomSignal(settings.$data);
  // Read in the browser only: the server has no reader storage to describe.
  const health = createBrowserRead(version, readStorageHealth);
  const facts = health.value;
  // Until the browser answers, the list shows with "Checking…" in each answer, so the panel has
  // its final height from the first paint and the page under it does not move.
  const checking = 'Checking…';
  return (
    <Show
      when={!health.error()}
      fallback={
        <p>
          <span aria-hidden="true">⚠ </span>
          Could not check storage: {health.error()}
        </p>
      }
    >
      <dl class="facts" aria-busy={facts() ? undefined : 'true'}>
        <dt>Where your data is kept</dt>
        <dd>{facts() ? driverLabel[facts()!.driver] : checking}</dd>
        <Show when={facts()?.problem}>
          {(problem) => (
            <>
              <dt>Problem</dt>
              <dd>
                <span aria-hidden="true">⚠ </span>
                {problem()} Download a backup before you close this tab.
              </dd>
            </>
          )}
        </Show>
        <dt>Protected from automatic clean-up</dt>
        <dd>
          <Show when={facts()} fallback={checking}>
            {(known) => (
              <>
                {known().persisted === 'unsupported'
                  ? 'Not supported by this browser'
                  : known().persisted
                    ? 'Yes'
                    : 'No'}
                {' · request '}
                {answerLabel[answer()]}
              </>
            )}
          </Show>
        </dd>
        <dt>Space used</dt>
        <dd>
          <Show when={facts()} fallback={checking}>
            {(known) =>
              known().usage === undefined
                ? 'Unknown'
                : `${formatBytes(known().usage!)} of ${formatBytes(known().quota ?? 0)} available to this site`
            }
          </Show>
        </dd>
        <dt>Last backup</dt>
        <dd>
          <Show when={facts()} fallback={checking}>
            {settingsData().lastBackupAt ? formatInstant(settingsData().lastBackupAt!) : 'Never'}
          </Show>
        </dd>
      </dl>
    </Show>
  );
}
