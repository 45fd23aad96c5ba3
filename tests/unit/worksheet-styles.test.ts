import { describe, expect, it } from 'vitest';
import { stylesFor } from '../../src/components/mdx/worksheet-styles';

// The real table's addresses exist only in a build (in unit tests Vite gives stylesheets no
// address): tests/browser/worksheet-styles.spec.ts reads what every built lesson links.
describe('stylesFor', () => {
  const table = {
    goals: 'goals.css',
    communication: 'communication.css',
    'online-presence': 'communication.css',
  };

  it('links nothing for worksheets that are all on paper', () => {
    expect(stylesFor(['action-plan'], table, 'worksheet.css')).toEqual([]);
    expect(stylesFor([], table, 'worksheet.css')).toEqual([]);
  });

  it('links the shared styles first, then each worksheet’s own in the order given, each once', () => {
    expect(
      stylesFor(['communication', 'goals', 'online-presence', 'action-plan'], table, 'worksheet.css'),
    ).toEqual(['worksheet.css', 'communication.css', 'goals.css']);
  });
});
