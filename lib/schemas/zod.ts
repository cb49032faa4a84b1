import { config } from "zod";
import { fr } from "zod/locales";

// Zod's own messages — for a check given no message of its own, or a value of a type nobody expected — in French, in
// the browser as on the server: every module imports `z` from here (ESLint refuses "zod" elsewhere), so no bundle can
// parse with the English defaults.
config(fr());

// `z` is the project's own namespace of the zod members it uses, not zod's: zod's `z` carries every locale, the JSON
// Schema converters and the compiler, which a bundler must keep whole once the namespace object is passed around.
export * as z from "./zod-members";
