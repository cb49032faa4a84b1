"use client";

import { useEffect } from "react";

declare global {
  interface Window {
    dsfr?: { verbose: boolean; mode: "react" } | { start(): void };
  }
}

let started = false;

/**
 * Loads the DSFR's JavaScript after hydration and starts it, as react-dsfr's provider does ("react" mode: the DSFR
 * waits to be started, then follows the page's changes), without that provider's library in the browser.
 */
export function DsfrStart() {
  useEffect(() => {
    if (started) return;
    started = true;
    window.dsfr = { verbose: false, mode: "react" };
    void import("./dsfr-scripts").then(() => (window.dsfr as { start(): void }).start());
  }, []);
  return null;
}
