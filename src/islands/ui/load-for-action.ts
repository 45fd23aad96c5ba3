/** Code an action fetched, or why it could not be fetched, in the reader's words. */
export type Loaded<M> = { ok: true; module: M } | { ok: false; error: string };

/**
 * Fetches the code an action needs when the reader takes it, such as every document's schema
 * behind "Download a backup". A failed fetch, for instance offline before the site was cached,
 * comes back as words for the action's own message rather than as an error to lose.
 * Components fetched on use go through `loadOnUse` (`load-on-use.tsx`) instead.
 */
export async function loadForAction<M>(load: () => Promise<M>): Promise<Loaded<M>> {
  try {
    return { ok: true, module: await load() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `the code it needs could not be loaded (${reason}). Check your connection and try again.`,
    };
  }
}
