"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation, the focus goes to the new page's main heading (or the main region when a page has
 * none), so a screen reader announces the page and the keyboard starts from its content. The first load keeps the
 * browser's own focus.
 */
export function FocusMainHeading() {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById("contenu");
    const heading = main?.querySelector<HTMLElement>("h1");
    const target = heading ?? main;
    if (!target) return;
    if (target === heading && !heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    target.focus();
  }, [pathname]);
  return null;
}
