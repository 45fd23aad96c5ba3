/**
 * Web addresses the reader saves (news sources, for now). Only `http:` and `https:` are links:
 * anything else (`javascript:`, `data:`, `file:`) could run code or read files when clicked, so it
 * is refused when typed and never rendered as a link.
 */

/** Said when a typed address is refused. */
export const WEB_ADDRESS_HELP =
  'Use a web address that starts with https:// or http://, like https://example.com.';

/** The outcome of checking what the reader typed into a web address field. */
export type WebAddressCheck =
  | { ok: true; url: string }
  | {
      ok: false;
      error: string;
      /** True while the text could still become a valid address (`ht`, `https:/`): no need to warn yet. */
      incomplete: boolean;
    };

/** True for an empty value or an absolute `http:`/`https:` address with a host. */
export function isWebAddress(value: string): boolean {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Checks a typed address; trims spaces, which often come with a paste. */
export function checkWebAddress(typed: string): WebAddressCheck {
  const value = typed.trim();
  if (isWebAddress(value)) return { ok: true, url: value };
  const lower = value.toLowerCase();
  const incomplete = ['https://', 'http://'].some((scheme) => scheme.startsWith(lower));
  return { ok: false, error: WEB_ADDRESS_HELP, incomplete };
}

/** The address to put in an `href`, or undefined when it must not be a link. */
export function safeHref(value: string): string | undefined {
  return value !== '' && isWebAddress(value) ? value : undefined;
}
