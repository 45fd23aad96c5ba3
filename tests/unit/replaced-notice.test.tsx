// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ReplacedNotice from '../../src/islands/ReplacedNotice';
import type { ReplacedEntry } from '../../src/persistence/replaced';

afterEach(cleanup);

const entry = (fields: Partial<ReplacedEntry> = {}): ReplacedEntry => ({
  key: 'goals',
  title: 'Goals and action plan',
  path: ['goals', { id: 'g' }, 'metric'],
  field: 'the metric of “Meet product analysts”',
  text: 'coffee chats',
  canPutBack: true,
  at: '2027-03-01T10:00:00.000Z',
  putBack: vi.fn(() => undefined),
  dismiss: vi.fn(),
  ...fields,
});

describe('the notice of text another tab replaced', () => {
  it('names the field and the document, and shows the reader’s text as text', () => {
    render(() => <ReplacedNotice entries={[entry({ text: '<img src=x onerror=alert(1)> & “quotes”' })]} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent(
      'Another tab changed the metric of “Meet product analysts” in your goals and action plan while you were editing it here. Your text: “<img src=x onerror=alert(1)> & “quotes””',
    );
    expect(item.querySelector('img')).toBeNull();
  });

  it('puts back, or dismisses, through the entry’s own actions', () => {
    const shown = entry();
    render(() => <ReplacedNotice entries={[shown]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Put mine back' }));
    expect(shown.putBack).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(shown.dismiss).toHaveBeenCalledOnce();
  });

  it('says why a put back was refused, and keeps the text on offer', () => {
    const refused = entry({ putBack: () => 'Goals and action plan is read-only.' });
    render(() => <ReplacedNotice entries={[refused]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Put mine back' }));
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Not put back: Goals and action plan is read-only.',
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('Your text: “coffee chats”');
  });

  it('offers only a copy when another tab deleted the record that held the text', () => {
    render(() => <ReplacedNotice entries={[entry({ canPutBack: false })]} />);
    expect(screen.getByRole('listitem')).toHaveTextContent(/^⚠ Another tab deleted what held the metric/);
    expect(screen.queryByRole('button', { name: 'Put mine back' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy my text' })).toBeEnabled();
  });
});
