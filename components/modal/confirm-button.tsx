"use client";

import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { openWhenReady } from "./open-when-ready";

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
  const modal = useMemo(() => createModal({ id, isOpenedByDefault: false }), [id]);
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
    const stop = openWhenReady(modal);
    return () => {
      stop();
      dialog?.removeEventListener("dsfr.conceal", onConceal);
    };
  }, [asking, id, modal]);

  return (
    <>
      <button ref={trigger} type="button" className={className} onClick={() => setAsking(true)} disabled={disabled} aria-label={label}>
        {text}
      </button>
      {asking &&
        createPortal(
          <modal.Component
            title={title}
            titleAs="h2"
            buttons={[
              { children: "Ne rien changer", priority: "secondary", doClosesModal: true },
              // Closed from here rather than by the DSFR's own handler, which may run (and close) before this click.
              {
                children: confirmText,
                doClosesModal: false,
                onClick: () => {
                  confirmed.current = true;
                  modal.close();
                },
              },
            ]}
          >
            {children}
          </modal.Component>,
          document.body,
        )}
    </>
  );
}
