import type { CsvSource } from './csv-source';
import { joinName } from '../contacts-csv';

/**
 * LinkedIn's `Connections.csv` (Settings, Data privacy, Get a copy of your data). It opens with a
 * "Notes:" paragraph about missing emails before the header row, splits the name in two, and
 * leaves the email empty for most connections, who do not share it.
 */
export const linkedinSource: CsvSource = {
  label: 'LinkedIn connections (Connections.csv)',
  signature: ['first name', 'last name', 'url', 'company', 'position', 'connected on'],
  columns: [
    { from: 'First Name + Last Name', to: 'Name' },
    { from: 'Company', to: 'Organization' },
    { from: 'Position', to: 'Role' },
    { from: 'Email Address', to: 'Email' },
    { from: 'URL', to: 'Profile URL' },
    { from: 'Connected On', to: 'How we met' },
  ],
  read: (cell) => {
    const connected = cell('Connected On');
    return {
      name: joinName([cell('First Name'), cell('Last Name')]),
      organization: cell('Company'),
      role: cell('Position'),
      email: cell('Email Address'),
      profileUrl: cell('URL'),
      // Kept as LinkedIn writes it ("12 Mar 2024"): it reads well, and no day is guessed.
      metHow: connected ? `Connected on LinkedIn, ${connected}` : 'Connected on LinkedIn',
    };
  },
};
