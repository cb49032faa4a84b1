import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signIn, signInAsRegistered, signOut } from "./login";

test("the landing page shows the state's identity, FAQ and Connexion", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.locator(".fr-logo")).toHaveText(/République\s*Française/, { useInnerText: true, ignoreCase: true });
  await expect(header.getByRole("link", { name: "FAQ" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Connexion" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commander des équipements de protection individuelle");
  // Marianne is served by the app itself, not fetched from elsewhere.
  const marianne = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((font) => font.family.includes("Marianne") && font.status === "loaded");
  });
  expect(marianne).toBe(true);
  await expectNoAccessibilityViolations(page);
});

test("the FAQ and login pages are accessible", async ({ page }) => {
  for (const path of ["/faq", "/connexion"]) {
    await page.goto(path);
    await expectNoAccessibilityViolations(page);
  }
});

test("an operator logs in through ATIH, sees their clinic, then logs out", async ({ page }) => {
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Camille Martin");
  await expect(page.getByTestId("establishment-name")).toHaveText("CLINIQUE DU PARC");
  await expect(page.getByText("690812342")).toBeVisible();
  await expect(page.getByText("365 – Etablissement de Soins Pluridisciplinaire")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await signOut(page);
  await page.goto("/accueil");
  await expect(page).toHaveURL(/\/connexion/);
});

test("a wrong password is refused by the identity provider with a clear message", async ({ page }) => {
  await signIn(page, "operateur@clinique-demo.fr", "mauvais");
  await expect(page.getByRole("alert")).toHaveText("Identifiant ou mot de passe incorrect.");
  await expectNoAccessibilityViolations(page);
});
