import { readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * Addresses of every page in the built site (`dist/`), found on disk so that tests cover pages
 * other changes add (new lessons, new tools) without a list to keep in step.
 */
export function builtPages(dist = 'dist'): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map(
      (file) =>
        '/' +
        file
          .split(sep)
          .join('/')
          .replace(/(^|\/)index\.html$/, '$1')
          .replace(/\.html$/, ''),
    )
    .sort();
}

/**
 * Built pages that hold at least one interactive worksheet, read from their HTML: the class in an
 * element's `class` attribute, not in CSS that mentions it (pages inline their styles).
 */
export function pagesWithWorksheets(dist = 'dist'): string[] {
  return builtPages(dist).filter((path) => {
    const file = path.endsWith('/') ? `${dist}${path}index.html` : `${dist}${path}.html`;
    return /class="[^"]*\bworksheet__body--live\b/.test(readFileSync(file, 'utf8'));
  });
}
