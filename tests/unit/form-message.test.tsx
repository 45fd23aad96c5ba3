// @vitest-environment jsdom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import FormMessage, { type Message } from '../../src/islands/ui/form-message';

afterEach(cleanup);

/** Renders the message slot with a signal the test sets, as an island's action would. */
function renderSlot() {
  const [message, setMessage] = createSignal<Message>();
  render(() => <FormMessage message={message()} />);
  return setMessage;
}

/** The text nodes a screen reader would be told were added inside `region`, from now on. */
function watchAdditions(region: Element): () => string[] {
  const added: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) added.push(node.textContent ?? '');
    }
  });
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return () => {
    added.push(
      ...observer
        .takeRecords()
        .flatMap((record) => [...record.addedNodes].map((node) => node.textContent ?? '')),
    );
    observer.disconnect();
    return added;
  };
}

describe('FormMessage', () => {
  it('has both live regions on the page, empty, before there is anything to say', () => {
    renderSlot();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('announces a success inside the status region that was already there', () => {
    const setMessage = renderSlot();
    const status = screen.getByRole('status');
    const additions = watchAdditions(status);
    setMessage({ kind: 'ok', text: 'Saved this version of your pitch.' });
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('✓ Saved this version of your pitch.');
    expect(additions()).toEqual(['✓ Saved this version of your pitch.']);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('announces an error in the alert region, with an icon and words, not colour alone', () => {
    const setMessage = renderSlot();
    const alert = screen.getByRole('alert');
    const additions = watchAdditions(alert);
    setMessage({ kind: 'error', text: 'There is no text to copy yet.' });
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert.querySelector('[aria-hidden="true"]')).toHaveTextContent('⚠');
    expect(alert).toHaveTextContent('There is no text to copy yet.');
    expect(additions()).toEqual(['⚠ There is no text to copy yet.']);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('announces the same message again when it is given again', () => {
    const setMessage = renderSlot();
    setMessage({ kind: 'error', text: 'Nothing was imported: line 3 has no name.' });
    const additions = watchAdditions(screen.getByRole('alert'));
    setMessage({ kind: 'error', text: 'Nothing was imported: line 3 has no name.' });
    expect(additions()).toEqual(['⚠ Nothing was imported: line 3 has no name.']);
  });

  it('moves from an error to a success and clears the error', () => {
    const setMessage = renderSlot();
    setMessage({ kind: 'error', text: 'The calendar file could not be made.' });
    setMessage({ kind: 'ok', text: 'Downloaded the calendar.' });
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded the calendar.');
    setMessage(undefined);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
