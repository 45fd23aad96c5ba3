import { describe, expect, it } from 'vitest';
import { stylesFor } from '../../src/components/mdx/worksheet-styles';

// The site's table maps ids to built addresses; these stand in for them.
const table = {
  goals: 'goals.css',
  pitch: 'pitch.css',
  communication: 'communication.css',
  'online-presence': 'communication.css',
  'follow-up': 'follow-up.css',
};

describe('stylesFor', () => {
  it('links nothing for a lesson whose worksheets are all on paper', () => {
    expect(stylesFor(['action-plan'], table, 'worksheet.css')).toEqual([]);
    expect(stylesFor([], table, 'worksheet.css')).toEqual([]);
  });

  it('links the shared worksheet styles first, then each worksheet’s own', () => {
    expect(stylesFor(['goals'], table, 'worksheet.css')).toEqual(['worksheet.css', 'goals.css']);
    expect(stylesFor(['follow-up', 'action-plan'], table, 'worksheet.css')).toEqual([
      'worksheet.css',
      'follow-up.css',
    ]);
  });

  it('links a stylesheet two worksheets share once', () => {
    expect(stylesFor(['pitch', 'communication', 'online-presence'], table, 'worksheet.css')).toEqual([
      'worksheet.css',
      'pitch.css',
      'communication.css',
    ]);
  });
});
