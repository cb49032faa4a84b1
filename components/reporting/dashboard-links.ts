import type { DashboardParams } from "@/lib/schemas/reporting";

/** The dashboard's parameters as a query string: the page, its pages and its exports share it. */
export function dashboardSearch(params: DashboardParams, changes: Partial<Record<keyof DashboardParams | "format", string | number | undefined>> = {}): string {
  const merged: Record<string, string | number | undefined> = { ...params, ...changes };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
