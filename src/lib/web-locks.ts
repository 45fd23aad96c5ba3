/**
 * Runs `task` holding the Web Lock `name`, so that no other tab of the site runs a task under the
 * same lock meanwhile. Where the browser has no Web Locks, or refuses them (Firefox rejects every
 * request when the reader blocks site data, and then no other tab shares this one's storage), the
 * task runs at once. A task that started and failed still fails.
 */
export function withLock<R>(name: string, task: () => Promise<R>): Promise<R> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return task();
  let started = false;
  const held = () => {
    started = true;
    return task();
  };
  return Promise.resolve()
    .then(() => locks.request(name, held))
    .catch((error: unknown) => {
      if (started) throw error;
      return task();
    });
}
