import { useEffect, useRef } from 'preact/hooks';

/**
 * Asks once, inside the page (never window.confirm): what is about to happen, a button that does
 * it and one that goes back. The confirming button takes the focus, so Enter confirms and Tab
 * reaches "back".
 */
export function ConfirmStep({
  id,
  text,
  yes,
  no,
  busy,
  onYes,
  onNo,
}: {
  id: string;
  text: string;
  yes: string;
  no: string;
  busy: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-labelledby={`${id}-text`} data-confirm={id}>
      <p id={`${id}-text`}>{text}</p>
      <div class="row">
        <button ref={button} type="button" class="primary confirm-yes" disabled={busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="confirm-no" disabled={busy} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
