"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { DsfrDialog } from "./dsfr-dialog";
import { dsfrModal, openWhenReady } from "./open-when-ready";

interface Props {
  /** The button's text, and its accessible name when it alone does not name the row it acts on. */
  text: string;
  label?: string;
  className?: string;
  disabled?: boolean;
  /** The dialog's question, what the change does, and the confirming button's text (a verb: « Retirer »). */
  title: string;
  children: ReactNode;
  confirmText: string;
  onConfirm: () => void;
}

/**
 * A button for a change a second click cannot undo (cancel an order, remove an eligible category, end a decree): it
 * asks first, in a DSFR dialog. The dialog exists only while asking, so a table of a thousand rows carries none,
 * and the focus comes back to the button when the dialog closes.
 */
export function ConfirmButton({ text, label, className = "fr-btn fr-btn--secondary", disabled, title, children, confirmText, onConfirm }: Props) {
  const id = `confirmation-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const confirm = useRef(onConfirm);
  useEffect(() => {
    confirm.current = onConfirm;
  }, [onConfirm]);

  useEffect(() => {
    if (!asking) return;
    const dialog = document.getElementById(id);
    const onConceal = () => {
      setAsking(false);
      if (confirmed.current) confirm.current();
      confirmed.current = false;
      // After the DSFR's own focus move, which follows this event and goes to the dialog's closing button — about to
      // disappear with the dialog, leaving the focus nowhere.
      setTimeout(() => trigger.current?.focus());
    };
    dialog?.addEventListener("dsfr.conceal", onConceal);
    const stop = openWhenReady({ id, open: () => dialog && dsfrModal(dialog).disclose() });
    return () => {
      stop();
      dialog?.removeEventListener("dsfr.conceal", onConceal);
    };
  }, [asking, id]);

  return (
    <>
      <button ref={trigger} type="button" className={className} onClick={() => setAsking(true)} disabled={disabled} aria-label={label}>
        {text}
      </button>
      {asking &&
        createPortal(
          <DsfrDialog
            id={id}
            title={title}
            buttons={
              <>
                <li>
                  {/* Closed from here rather than by the DSFR's own handler, which may run (and close) before this click. */}
                  <button
                    type="button"
                    className="fr-btn"
                    onClick={(event) => {
                      confirmed.current = true;
                      dsfrModal(event.currentTarget.closest("dialog")!).conceal();
                    }}
                  >
                    {confirmText}
                  </button>
                </li>
                <li>
                  <button type="button" className="fr-btn fr-btn--secondary" aria-controls={id}>
                    Ne rien changer
                  </button>
                </li>
              </>
            }
          >
            {children}
          </DsfrDialog>,
          document.body,
        )}
    </>
  );
}
