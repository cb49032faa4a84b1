import type { ComponentProps } from "react";
import { TextField } from "./text-field";

/** A whole number to type (boxes, units, weeks): a numeric keypad on a phone, at least `min` (1 unless told). */
export function CountField({ min = 1, ...field }: Omit<ComponentProps<typeof TextField>, "type" | "step" | "inputMode">) {
  return <TextField type="number" step={1} inputMode="numeric" min={min} {...field} />;
}
