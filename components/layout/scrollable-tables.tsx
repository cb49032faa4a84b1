"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

const SCROLLERS = ".fr-table__container, .fr-table > table";

/** Makes every DSFR table that scrolls sideways (a narrow screen, a zoomed page) reachable and scrollable by keyboard. */
function markScrollers() {
  for (const element of document.querySelectorAll<HTMLElement>(SCROLLERS)) {
    const scrolls = element.scrollWidth > element.clientWidth;
    if (scrolls && !element.hasAttribute("tabindex")) {
      element.tabIndex = 0;
      element.dataset.scrollFocus = "";
      // A container div needs a name of its own; a table keeps its role and is named by its caption.
      if (element.tagName !== "TABLE") {
        element.setAttribute("role", "region");
        element.setAttribute("aria-label", element.querySelector("caption")?.textContent?.trim() || "Tableau");
      }
    } else if (!scrolls && element.dataset.scrollFocus !== undefined) {
      element.removeAttribute("tabindex");
      element.removeAttribute("role");
      element.removeAttribute("aria-label");
      delete element.dataset.scrollFocus;
    }
  }
}

/**
 * DSFR tables scroll inside their own frame when wider than the screen, so the page itself never scrolls sideways;
 * keyboard users must be able to focus that frame to scroll it (WCAG 2.1.1), which neither the DSFR's markup nor its
 * JavaScript provides. Checked after each navigation, each change of the page's content and each resize.
 */
export function ScrollableTables() {
  const pathname = usePathname();
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(markScrollers);
    };
    schedule();
    const main = document.getElementById("contenu");
    const observer = new MutationObserver(schedule);
    if (main) observer.observe(main, { childList: true, subtree: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener("resize", schedule);
    };
  }, [pathname]);
  return null;
}
