// Fixed so that every Playwright worker computes the same URLs; distinct from `npm start`'s 3000/3001.
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const E2E_IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 3101);
export const E2E_APP_URL = `http://localhost:${E2E_APP_PORT}`;
