/**
 * Copies text to the clipboard. When the browser refuses (no permission, an insecure page, an
 * old browser), the text in `fallback` is selected instead so the reader can press Ctrl+C or ⌘C.
 * Returns what happened, in words for a status message.
 */
export async function copyText(
  text: string,
  fallback?: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<{ ok: boolean; message: string }> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return { ok: true, message: 'Copied to the clipboard.' };
  } catch {
    if (fallback) {
      fallback.focus();
      fallback.select();
    }
    return {
      ok: false,
      message: fallback
        ? 'This browser would not copy for the page. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.'
        : 'This browser would not copy for the page. Select the text and copy it yourself.',
    };
  }
}
