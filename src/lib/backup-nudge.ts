import { LAST_RESTORED_KEY } from './last-restored';

/** How long a backup stays recent enough not to be mentioned. */
export const BACKUP_NUDGE_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the page knows when it decides whether to remind the reader to back up. */
export interface NudgeFacts {
  /** True when the reader has written anything that a backup would hold. */
  hasData: boolean;
  /** When the last backup was made (`settings.lastBackupAt`), or null if never. */
  lastBackupAt: string | null;
  now: Date;
  /** True when the browser is WebKit (Safari, and every browser on iPhone and iPad). */
  webkit: boolean;
  /** `navigator.storage.persisted()`; 'unsupported' when the browser cannot say. */
  persisted: boolean | 'unsupported';
  /** True when the workbook runs installed (display-mode standalone, or iOS's Home Screen). */
  installed: boolean;
}

/** What to tell the reader; every field absent means nothing to say. */
export interface Nudge {
  /** `never`: data but no backup yet; `stale`: the last one is older than `BACKUP_NUDGE_DAYS`. */
  backup?: { kind: 'never' } | { kind: 'stale'; days: number };
  /**
   * True when Safari's rule applies: WebKit deletes a site's storage after seven days of use of
   * the browser without a visit, unless the site is installed to the Home Screen
   * (https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/). A persisted
   * grant exempts it.
   */
  sevenDayRule?: true;
}

/**
 * Whether to remind the reader to back up, and whether to explain Safari's seven-day rule.
 * Nothing is said to a reader with nothing written; a backup date that does not parse counts as
 * none, and one in the future (another device's clock) as recent.
 */
export function backupNudge(facts: NudgeFacts): Nudge {
  if (!facts.hasData) return {};
  const nudge: Nudge = {};
  const at = facts.lastBackupAt === null ? Number.NaN : Date.parse(facts.lastBackupAt);
  if (Number.isNaN(at)) nudge.backup = { kind: 'never' };
  else {
    const days = Math.floor((facts.now.getTime() - at) / DAY_MS);
    if (days > BACKUP_NUDGE_DAYS) nudge.backup = { kind: 'stale', days };
  }
  if (facts.webkit && facts.persisted !== true && !facts.installed) nudge.sevenDayRule = true;
  return nudge;
}

/**
 * True for WebKit browsers whose storage follows Safari's rules: Safari on a Mac (not Chrome,
 * Edge or Firefox, whose user agents also name AppleWebKit or Safari), and every browser on iPhone
 * and iPad, which all run WebKit. An iPad asking for the desktop site says "Macintosh" and has touch.
 */
export function isWebKit(userAgent: string, maxTouchPoints = 0): boolean {
  if (/iPhone|iPad|iPod/.test(userAgent)) return true;
  if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return true;
  return (
    /AppleWebKit/.test(userAgent) &&
    /Safari|Version\//.test(userAgent) &&
    !/Chrom|Edg|Firefox|Android|OPR/.test(userAgent)
  );
}

/**
 * Keys that hold no answers of the reader's: the settings (the backup date itself, view choices)
 * and the copy of the last restored backup, which only helps a later merge.
 */
const NOT_ANSWERS = new Set(['settings', LAST_RESTORED_KEY]);

/** True when any stored key holds something the reader wrote (or kept aside from it). */
export const holdsAnswers = (keys: readonly string[]): boolean => keys.some((key) => !NOT_ANSWERS.has(key));
