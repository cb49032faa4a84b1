import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Zod's default messages are English: the French locale is set once in lib/schemas/zod.ts, which every module
    // imports instead of "zod" itself.
    ignores: ["lib/schemas/zod.ts", "lib/schemas/zod-members.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Importer z depuis @/lib/schemas/zod (messages de zod en français)." }] }],
    },
  },
  { ignores: [".next/**", ".next-*/**", "generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "components/layout/dsfr-core.js"] },
];

export default config;
