import type { CsvSource } from './csv-source';
import { firstFilled } from './csv-source';
import { joinName } from '../contacts-csv';
import { parseTags } from '../contact-query';

/** Google writes several values of one field (two emails) in one cell, separated like this. */
const SEPARATOR = ' ::: ';

/** The first of the values Google put in one cell. */
const firstValue = (text: string) => text.split(SEPARATOR)[0]!.trim();

/**
 * Google's labels (`* myContacts ::: Networking`) as tags: the `* ` that marks Google's own
 * groups is dropped, and "myContacts", which every contact has, is left out.
 */
export function googleLabels(text: string): string[] {
  const labels = text
    .split(':::')
    .map((label) => label.trim().replace(/^\*\s*/, ''))
    .filter((label) => label && label.toLowerCase() !== 'mycontacts');
  return parseTags(labels.join(','));
}

/** The columns both Google layouts fill the same way. */
const shared = (cell: (header: string) => string) => ({
  email: firstValue(cell('E-mail 1 - Value')),
  phone: firstValue(cell('Phone 1 - Value')),
  profileUrl: firstValue(cell('Website 1 - Value')),
  notes: cell('Notes'),
});

/** Google Contacts' "Google CSV" export, as written since 2023. */
export const googleSource: CsvSource = {
  label: 'Google Contacts (Google CSV)',
  signature: ['first name', 'last name', 'organization name', 'e-mail 1 - value'],
  columns: [
    { from: 'First Name + Middle Name + Last Name, Name Suffix', to: 'Name' },
    { from: 'Organization Name', to: 'Organization' },
    { from: 'Organization Title', to: 'Role' },
    { from: 'E-mail 1 - Value', to: 'Email' },
    { from: 'Phone 1 - Value', to: 'Phone' },
    { from: 'Website 1 - Value', to: 'Profile URL' },
    { from: 'Labels', to: 'Tags' },
    { from: 'Notes', to: 'Notes' },
  ],
  read: (cell) => ({
    name:
      joinName([cell('First Name'), cell('Middle Name'), cell('Last Name')], cell('Name Suffix')) ||
      cell('Nickname') ||
      cell('File As'),
    organization: cell('Organization Name'),
    role: cell('Organization Title'),
    tags: googleLabels(cell('Labels')),
    ...shared(cell),
  }),
};

/** The earlier "Google CSV" layout, still in many people's files. */
export const googleLegacySource: CsvSource = {
  label: 'Google Contacts (older Google CSV)',
  signature: ['name', 'given name', 'family name', 'group membership', 'e-mail 1 - value'],
  columns: [
    { from: 'Name (or Given Name + Additional Name + Family Name)', to: 'Name' },
    { from: 'Organization 1 - Name', to: 'Organization' },
    { from: 'Organization 1 - Title', to: 'Role' },
    { from: 'E-mail 1 - Value', to: 'Email' },
    { from: 'Phone 1 - Value', to: 'Phone' },
    { from: 'Website 1 - Value', to: 'Profile URL' },
    { from: 'Group Membership', to: 'Tags' },
    { from: 'Notes', to: 'Notes' },
  ],
  read: (cell) => ({
    name:
      cell('Name') ||
      joinName([cell('Given Name'), cell('Additional Name'), cell('Family Name')], cell('Name Suffix')) ||
      firstFilled(cell, ['Nickname', 'Short Name']),
    organization: cell('Organization 1 - Name'),
    role: cell('Organization 1 - Title'),
    tags: googleLabels(cell('Group Membership')),
    ...shared(cell),
  }),
};
