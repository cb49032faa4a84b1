import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** RGAA baseline: no axe-core violation (WCAG 2.1 A and AA rules) on the page as it stands. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  // After a client-side navigation Next.js streams the new page's <title> a moment after its body: wait for it, so
  // axe judges the page as it stands rather than the instant between the two (a page with no title still fails here).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Answers a DSFR confirmation dialog with its confirming button (the dialog closes, the change goes ahead). */
export async function confirmInDialog(page: Page, confirmText: string | RegExp): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirmText }).click();
  await expect(dialog).toBeHidden();
}

/** Picks a week in a week field (year, then week), or « no week » with "". */
export async function pickWeek(page: Page, legend: RegExp, key: string): Promise<void> {
  const field = page.getByRole("group", { name: legend });
  if (key) await field.getByLabel("Année").selectOption(key.slice(0, 4));
  await field.getByLabel("Semaine", { exact: true }).selectOption(key);
}
