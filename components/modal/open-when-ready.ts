/** The DSFR's modal API on a dialog it has taken charge of. */
export const dsfrModal = (element: HTMLElement) =>
  (window as unknown as { dsfr(element: HTMLElement): { modal: { disclose(): void; conceal(): void } } }).dsfr(element).modal;

/**
 * Opens a DSFR modal as soon as the DSFR's JavaScript has taken charge of it (it starts on hydration, after the
 * first effects may run). Gives up quietly after a few seconds: the page stays usable without the dialog.
 */
export function openWhenReady(modal: { id: string; open: () => void }): () => void {
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tryOpen = () => {
    const element = document.getElementById(modal.id);
    const dsfr = (window as unknown as { dsfr?: unknown }).dsfr;
    if (element && dsfr && element.hasAttribute("data-fr-js-modal")) return modal.open();
    if (++attempts < 50) timer = setTimeout(tryOpen, 100);
  };
  tryOpen();
  return () => clearTimeout(timer);
}
