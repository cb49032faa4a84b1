import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { completeRegistration, signIn } from "./login";

test("a multi-profile PLAGE account chooses at registration which FINESS to bind, and binds its second", async ({ page }) => {
  await signIn(page, "multi-inscription@demo.fr");
  await expect(page).toHaveURL(/\/inscription$/);
  const choice = page.getByRole("group", { name: /^Établissement pour lequel vous vous inscrivez/ });
  // Each profile with the establishment's name and address; the first is proposed.
  const belley = choice.getByRole("radio", { name: /^CH DE BELLEY \(FINESS [0-9AB]{9}\)/ });
  const ajaccio = choice.getByRole("radio", { name: /^EHPAD LES MYRTES \(FINESS [0-9AB]{9}\)/ });
  await expect(belley).toBeChecked();
  await expect(choice).toContainText("52 RUE GEORGES GIRERD, 01300 BELLEY");
  await expect(choice).toContainText("5 CHEMIN DES MYRTES, 20090 AJACCIO");
  await expectNoAccessibilityViolations(page);

  // The DSFR draws the radio over its label: the user clicks the label.
  await choice.locator(`label[for="${await ajaccio.getAttribute("id")}"]`).click();
  await expect(ajaccio).toBeChecked();
  await completeRegistration(page);
  await expect(page).toHaveURL(/\/accueil$/);
  await expect(page.getByTestId("establishment-name")).toHaveText("EHPAD LES MYRTES");
  // The other profile is named as not reachable with this e-mail.
  await expect(page.getByTestId("ignored-profiles")).toContainText("chaque FINESS a besoin de sa propre adresse électronique");
});
