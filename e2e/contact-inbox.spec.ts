import { expect, test } from "@playwright/test";
import { readCaughtMessage, readCaughtMessages } from "../mail/caught-messages";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signedInPage, signInAsRegistered } from "./login";
import { E2E_APP_PORT } from "./ports";
import { expectFitsBothWidths } from "./screens";

test("a message sent anonymously reaches the admin's inbox; the answer reaches the sender through the mail relay", async ({ browser, page }) => {
  // Each run its own sender, so that the catcher's folder and the inbox hold exactly this exchange.
  const sender = `camille.${Date.now()}@clinique-demo.fr`;
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/contact");
  await visitor.getByLabel("Nom et prénom").fill("Camille Martin");
  await visitor.getByLabel("Adresse électronique").fill(sender);
  // CLINIQUE DU PARC, Lyon: the ARS Auvergne-Rhône-Alpes shares this message with the national administration.
  await visitor.getByLabel("Numéro FINESS").fill("690 812 342");
  await visitor.getByLabel("Sujet").selectOption({ label: "Livraison" });
  await visitor.getByLabel("Votre message").fill("Notre livraison de masques FFP2 n'est toujours pas arrivée.");
  await visitor.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(visitor.getByRole("status")).toContainText("Message envoyé");
  await visitor.context().close();

  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/messages");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages de contact");
  await page.getByRole("link", { name: "Sans réponse" }).click();
  await expect(page).toHaveURL(/filtre=sans-reponse/);
  const row = page.getByTestId("inbox").locator("tbody tr", { hasText: sender });
  await expect(row).toContainText("Livraison");
  await expect(row.getByTestId("contact-status")).toHaveText("Nouveau");
  // The newest first: this one heads the list.
  await expect(page.getByTestId("inbox").locator("tbody tr").first()).toContainText(sender);
  await expectNoAccessibilityViolations(page);

  await row.getByRole("link", { name: "Camille Martin" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Message de Camille Martin");
  await expect(page.getByTestId("contact-message-text")).toHaveText("Notre livraison de masques FFP2 n'est toujours pas arrivée.");
  await expectNoAccessibilityViolations(page);

  // Taken in hand before answering: « En cours », with who and when; the « En cours » filter lists it, « Nouveaux » not.
  await page.getByRole("button", { name: "Marquer en cours" }).click();
  await expect(page.getByTestId("contact-status")).toHaveText("En cours");
  await expect(page.getByTestId("in-progress-by")).toContainText("Pris en charge par admin@demo.fr le ");
  await expect(page.getByRole("button", { name: "Marquer en cours" })).toHaveCount(0);
  const ownMessage = page.url();
  await page.goto("/admin/messages?filtre=en-cours");
  await expect(page.getByTestId("inbox").locator("tbody tr", { hasText: sender }).getByTestId("contact-status")).toHaveText("En cours");
  await page.getByRole("link", { name: "Nouveaux" }).click();
  await expect(page).toHaveURL(/filtre=nouveaux/);
  await expect(page.getByText(sender)).toHaveCount(0);
  // A filter typed in the address that does not exist: said in French, every message shown.
  await page.goto("/admin/messages?filtre=archives");
  await expect(page.getByTestId("inbox-filter-refusal")).toHaveText(
    "Ce filtre de messages n'existe pas : tous les messages sont affichés. Choisissez un filtre ci-dessous.",
  );
  await expect(page.getByTestId("inbox").locator("tbody tr", { hasText: sender })).toHaveCount(1);
  await page.goto(ownMessage);

  // Too short an answer: a French message on the field, nothing sent.
  const answer = page.getByLabel("Votre réponse");
  await answer.fill("Demain.");
  await page.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(answer).toHaveAccessibleDescription(/Votre réponse doit comporter au moins 10 caractères\./);
  await expect(answer).toBeFocused();

  await answer.fill("Votre livraison part demain matin de l'entrepôt de Marolles.");
  await page.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(page.getByTestId("answer-outcome")).toHaveText(`Réponse envoyée à ${sender}.`);
  await expect(page.getByTestId("contact-status")).toHaveText("Répondu");
  await expect(page.getByTestId("answer-delivery")).toContainText("Répondu par admin@demo.fr le ");
  await expect(page.getByTestId("answer-text")).toHaveText("Votre livraison part demain matin de l'entrepôt de Marolles.");
  await expectNoAccessibilityViolations(page);

  // The local SMTP catcher got it, addressed to the sender, with the answer and the sender's own words.
  const dir = process.env.MAIL_CATCHER_DIR!;
  await expect.poll(async () => (await readCaughtMessages(dir)).filter((m) => m.to.includes(sender)).length).toBe(1);
  const [caught] = (await readCaughtMessages(dir)).filter((m) => m.to.includes(sender));
  expect(caught.subject).toBe("Réponse à votre message : Livraison");
  const mail = await readCaughtMessage(dir, caught);
  expect(mail.text).toContain("Votre livraison part demain matin de l'entrepôt de Marolles.");
  expect(mail.text).toContain("> Notre livraison de masques FFP2 n'est toujours pas arrivée.");

  // Answered, it leaves the unanswered list.
  await page.goto("/admin/messages?filtre=sans-reponse");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages de contact");
  await expect(page.getByText(sender)).toHaveCount(0);
  await page.goto("/admin/messages");
  await expectFitsBothWidths(page, `test-results/${E2E_APP_PORT}/screens`, "messages");

  // The ARS of the establishment's region reads the exchange; another region's ARS sees nothing of it.
  const ara = await signedInPage(browser, "ars.ara@demo.fr");
  await ara.getByRole("link", { name: "Messages de contact" }).first().click();
  const araRow = ara.getByTestId("inbox").locator("tbody tr", { hasText: sender });
  await expect(araRow.getByTestId("contact-status")).toHaveText("Répondu");
  await expectNoAccessibilityViolations(ara);
  const messageUrl = await araRow.getByRole("link", { name: "Camille Martin" }).getAttribute("href");
  const idf = await signedInPage(browser, "ars.idf@demo.fr");
  await idf.goto("/admin/messages");
  await expect(idf.getByRole("heading", { level: 1 })).toHaveText("Messages de contact");
  await expect(idf.getByText(sender)).toHaveCount(0);
  await idf.goto(messageUrl!);
  await expect(idf.getByText(sender)).toHaveCount(0);
  await expect(idf.getByRole("heading", { level: 1 })).not.toHaveText("Message de Camille Martin");
  await Promise.all([ara.context().close(), idf.context().close()]);
});
