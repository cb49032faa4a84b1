"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** The title of a form opened by a link further down the page: it takes the focus, so the form is seen and read next. */
export function FocusedHeading({ id, level = 2, children }: { id: string; level?: 2 | 3; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Heading id={id} tabIndex={-1} ref={ref}>
      {children}
    </Heading>
  );
}
