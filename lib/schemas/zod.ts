import { z } from "zod";

// Zod's own messages — for a check given no message of its own, or a value of a type nobody expected — in French, in
// the browser as on the server: every module imports `z` from here (ESLint refuses "zod" elsewhere), so no bundle can
// parse with the English defaults.
z.config(z.locales.fr());

export { z };
