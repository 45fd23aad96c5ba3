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
  return builtPages(dist).filter((path) =>
    /class="[^"]*\bworksheet__body--live\b/.test(pageHtml(path, dist)),
  );
}

/**
 * The built page that holds the worksheet with this id, found by its `data-worksheet` mark so a
 * renamed lesson is followed; throws when no page holds it, so a test of it fails, never skips.
 */
export function pageWithWorksheet(id: string, dist = 'dist'): string {
  const page = builtPages(dist).find((path) => pageHtml(path, dist).includes(`data-worksheet="${id}"`));
  if (!page) throw new Error(`No built page holds the ${id} worksheet.`);
  return page;
}

const pageHtml = (path: string, dist: string) =>
  readFileSync(path.endsWith('/') ? `${dist}${path}index.html` : `${dist}${path}.html`, 'utf8');
