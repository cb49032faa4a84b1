"use client";

import { useEffect, useRef, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { parseWeekKey } from "@/lib/domain/time/paris-time";
import { weeksOfYear } from "@/lib/domain/time/week-choices";

interface Props {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** The week at first, "2026-W48", or "" for none. */
  defaultValue?: string;
  /** A react-hook-form field, or the name the week travels under in a plain GET form. */
  field?: UseFormRegisterReturn;
  name?: string;
  /** The years offered are this one (by default the chosen week's, else this year) and the years either side. */
  around?: number;
  /** Offers « no week » (an open bound), under this label. */
  emptyLabel?: string;
}

/**
 * A week field that reads the same in every browser, in French: a year, then a week named by its dates. Replaces
 * `input type=week`, which Firefox and Safari lack and Chromium shows in the system's language. The week itself
 * travels in a hidden field, so a react-hook-form form and a plain GET form read it alike.
 */
export function WeekPicker({ id, legend, hint, error, defaultValue = "", field, name, around, emptyLabel }: Props) {
  const [current, setCurrent] = useState(defaultValue);
  const [year, setYear] = useState(parseWeekKey(defaultValue)?.year ?? around ?? new Date().getFullYear());
  // A link to another week re-renders the same page with a new default: the selects show that week, not the last one.
  const [shownDefault, setShownDefault] = useState(defaultValue);
  if (defaultValue !== shownDefault) {
    setShownDefault(defaultValue);
    setCurrent(defaultValue);
    setYear(parseWeekKey(defaultValue)?.year ?? year);
  }
  const parsed = parseWeekKey(current);
  const hidden = useRef<HTMLInputElement | null>(null);
  const centre = around ?? year;
  const years = [...new Set([centre - 1, centre, centre + 1, year])].sort((a, b) => a - b);

  // A form reset (after a successful submission) puts the hidden field back: the selects follow it.
  useEffect(() => {
    const form = hidden.current?.form;
    const follow = () => setTimeout(() => setCurrent(hidden.current?.value ?? ""));
    form?.addEventListener("reset", follow);
    return () => form?.removeEventListener("reset", follow);
  }, []);

  const change = (key: string) => {
    setCurrent(key);
    if (!hidden.current) return;
    hidden.current.value = key;
    void field?.onChange({ target: hidden.current, type: "change" });
  };
  const pickYear = (next: number) => {
    setYear(next);
    if (parsed) change(weeksOfYear(next).find((w) => w.week === parsed.week)?.key ?? weeksOfYear(next).at(-1)!.key);
  };
  const errorId = `${id}-error`;
  return (
    <fieldset className={`fr-fieldset${error ? " fr-fieldset--error" : ""}`} aria-describedby={error ? errorId : undefined} id={id}>
      <legend className="fr-fieldset__legend fr-text--regular">
        {legend}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </legend>
      <div className="fr-fieldset__element">
        <FormField id={`${id}-year`} label="Année" kind="select">
          {(control) => (
            <select {...control} value={year} onChange={(e) => pickYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="fr-fieldset__element">
        {/* The week's error is the fieldset's, shown under both selects: only its state is marked here. */}
        <FormField id={`${id}-week`} label="Semaine" kind="select">
          {(control) => (
            <select {...control} value={parsed?.year === year ? current : ""} onChange={(e) => change(e.target.value)} aria-invalid={error ? true : undefined}>
              <option value="" disabled={!emptyLabel}>
                {emptyLabel ?? "Choisir une semaine"}
              </option>
              {weeksOfYear(year).map((w) => (
                <option key={w.key} value={w.key}>
                  {w.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <input
        type="hidden"
        name={field?.name ?? name}
        // React puts an uncontrolled field back to its default at every render, and a hidden field's value is its
        // default: a plain form would send the first week, not the one picked. react-hook-form keeps its own value.
        {...(field ? { defaultValue } : { value: current })}
        ref={(element) => {
          hidden.current = element;
          field?.ref(element);
        }}
      />
      {error && (
        <div className="fr-messages-group" id={errorId} aria-live="polite">
          <p className="fr-message fr-message--error">{error}</p>
        </div>
      )}
    </fieldset>
  );
}
