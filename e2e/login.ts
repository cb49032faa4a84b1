import { expect, type Page } from "@playwright/test";

/** Signs in through the portal's "Connexion" and the local ATIH (PLAGE) login page. */
export async function signIn(page: Page, email: string, password = "demo"): Promise<void> {
  await page.goto("/connexion");
  await page.getByRole("button", { name: "Se connecter avec mon compte ATIH (PLAGE)" }).click();
  await expect(page.getByRole("heading", { name: "Connexion à Distrilog-santé" })).toBeVisible();
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}
