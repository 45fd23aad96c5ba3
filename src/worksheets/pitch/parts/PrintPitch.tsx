import { describeTarget, type CarriedPitch } from '../pitch';

/** The class that tells print.css to print only the pocket card. */
const POCKET = 'print-pocket-card';

/**
 * Printing: the pocket card (the carried pitch on a card-sized box, to cut out) or the full page.
 * The card is in the page at all times but shown only in print with the pocket class set.
 */
export default function PrintPitch(props: { carried: CarriedPitch }) {
  const print = (pocket: boolean) => {
    const root = document.documentElement;
    root.classList.toggle(POCKET, pocket);
    // Cleared after printing, so a later Ctrl+P prints the whole page as usual.
    window.addEventListener('afterprint', () => root.classList.remove(POCKET), { once: true });
    window.print();
  };
  return (
    <section class="ws-section" aria-labelledby="pitch-print-title">
      <h4 id="pitch-print-title" class="no-print">
        Print
      </h4>
      <p class="ws-section__intro no-print">
        The pocket card holds the pitch you chose to carry ({props.carried.label}); cut it out and keep it in
        your wallet or phone case. The full page prints the whole worksheet.
      </p>
      <div class="actions no-print">
        <button type="button" class="button" onClick={() => print(true)}>
          Print pocket card
        </button>
        <button type="button" class="button button--quiet" onClick={() => print(false)}>
          Print full page
        </button>
      </div>
      <div class="pitch-pocket" aria-hidden="true">
        <p class="pitch-pocket__label">
          {props.carried.label} · {describeTarget(props.carried)}
        </p>
        <p class="pitch-pocket__text">{props.carried.text.trim() || ' '}</p>
      </div>
    </section>
  );
}
