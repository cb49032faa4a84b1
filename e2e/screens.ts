import { expect, type Page } from "@playwright/test";

/** The page at 320 and 1280 px: no page-wide horizontal scroll; a full-page image of each kept in `dir`. */
export async function expectFitsBothWidths(page: Page, dir: string, name: string): Promise<void> {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
