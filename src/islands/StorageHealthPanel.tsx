import { Show } from 'solid-js';
import { formatBytes } from '../lib/format';
import { $dataVersion } from '../stores/data-version';
import { settings } from '../stores/settings';
import { $persistenceAnswer, readStorageHealth } from '../stores/storage-health';
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
  return (
    <Show
      when={health.value()}
      fallback={
        <p>
          {health.error() ? (
            <>
              <span aria-hidden="true">⚠ </span>
              Could not check storage: {health.error()}
            </>
          ) : (
            'Checking storage…'
          )}
        </p>
      }
    >
      {(facts) => (
        <dl class="facts">
          <dt>Where your data is kept</dt>
          <dd>{driverLabel[facts().driver]}</dd>
          <Show when={facts().problem}>
            <dt>Problem</dt>
            <dd>
              <span aria-hidden="true">⚠ </span>
              {facts().problem} Download a backup before you close this tab.
            </dd>
          </Show>
          <dt>Protected from automatic clean-up</dt>
          <dd>
            {facts().persisted === 'unsupported'
              ? 'Not supported by this browser'
              : facts().persisted
                ? 'Yes'
                : 'No'}
            {' · request '}
            {answerLabel[answer()]}
          </dd>
          <dt>Space used</dt>
          <dd>
            {facts().usage === undefined
              ? 'Unknown'
              : `${formatBytes(facts().usage!)} of ${formatBytes(facts().quota ?? 0)} available to this site`}
          </dd>
          <dt>Last backup</dt>
          <dd>
            {settingsData().lastBackupAt ? new Date(settingsData().lastBackupAt!).toLocaleString() : 'Never'}
          </dd>
        </dl>
      )}
    </Show>
  );
}
