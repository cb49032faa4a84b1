import type { PlageAccount } from "./accounts";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The PLAGE stand-in's login page: plain, accessible HTML (labels, error tied to the fields, focus). */
export function renderLoginPage(view: { action: string; error?: string; login: string; accounts: readonly PlageAccount[] }): string {
  const errorId = "login-error";
  const describedBy = view.error ? ` aria-describedby="${errorId}" aria-invalid="true"` : "";
  const accounts = view.accounts.map((a) => `<li><code>${escapeHtml(a.email)}</code></li>`).join("");
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Connexion PLAGE – ATIH (environnement local)</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #161616; background: #f6f6f6; }
  header { background: #fff; border-bottom: 1px solid #ddd; padding: 1rem 2rem; }
  main { max-width: 28rem; margin: 2rem auto; background: #fff; padding: 2rem; border: 1px solid #ddd; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input { width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; border: 1px solid #666; border-bottom: 2px solid #3a3a3a; }
  input:focus, button:focus { outline: 2px solid #0a76f6; outline-offset: 2px; }
  button { margin-top: 1.5rem; background: #000091; color: #fff; border: 0; padding: .75rem 1.5rem; font-size: 1rem; cursor: pointer; }
  .error { color: #ce0500; font-weight: 600; }
  details { margin-top: 2rem; font-size: .9rem; }
</style>
</head>
<body>
<header><p><strong>ATIH – PLAGE</strong> · fournisseur d'identité local (démonstration)</p></header>
<main>
  <h1>Connexion à Distrilog-santé</h1>
  <p>Identifiez-vous avec votre compte PLAGE.</p>
  ${view.error ? `<p id="${errorId}" class="error" role="alert">${escapeHtml(view.error)}</p>` : ""}
  <form method="post" action="${escapeHtml(view.action)}" novalidate>
    <label for="login">Adresse électronique</label>
    <input id="login" name="login" type="email" autocomplete="username" required value="${escapeHtml(view.login)}"${describedBy} autofocus>
    <label for="password">Mot de passe</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required${describedBy}>
    <button type="submit">Se connecter</button>
  </form>
  <details>
    <summary>Comptes de démonstration (mot de passe : demo)</summary>
    <ul>${accounts}</ul>
  </details>
</main>
</body>
</html>`;
}
