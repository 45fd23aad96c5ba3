import type { CsvSource } from './csv-source';
import { firstFilled } from './csv-source';
import { joinName } from '../contacts-csv';
import { parseTags } from '../contact-query';

/** Outlook's phone columns, in the order a number is most likely the one to call. */
const PHONES = ['Mobile Phone', 'Primary Phone', 'Business Phone', 'Home Phone', 'Business Phone 2'];

/**
 * Outlook's CSV export, from the desktop app (File, Open & Export) and from Outlook.com (People,
 * Manage, Export contacts): the same columns in a different order. Its "Title" is the courtesy
 * title (Dr., Ms.), not the job, which is "Job Title".
 */
export const outlookSource: CsvSource = {
  label: 'Outlook contacts (CSV)',
  signature: ['first name', 'last name', 'company', 'job title', 'e-mail address', 'mobile phone'],
  columns: [
    { from: 'First Name + Middle Name + Last Name, Suffix', to: 'Name' },
    { from: 'Company', to: 'Organization' },
    { from: 'Job Title', to: 'Role' },
    { from: 'E-mail Address', to: 'Email' },
    { from: `${PHONES[0]} (or ${PHONES.slice(1).join(', ')})`, to: 'Phone' },
    { from: 'Web Page', to: 'Profile URL' },
    { from: 'Categories', to: 'Tags' },
    { from: 'Notes', to: 'Notes' },
  ],
  read: (cell) => ({
    name:
      joinName([cell('First Name'), cell('Middle Name'), cell('Last Name')], cell('Suffix')) ||
      cell('Nickname'),
    organization: cell('Company'),
    role: cell('Job Title'),
    email: firstFilled(cell, ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address']),
    phone: firstFilled(cell, PHONES),
    profileUrl: cell('Web Page'),
    // Outlook separates categories with semicolons, which `parseTags` splits on too.
    tags: parseTags(cell('Categories')),
    notes: cell('Notes'),
  }),
};
