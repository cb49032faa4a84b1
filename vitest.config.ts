import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // Next's guard against importing server code in the browser; tests run on the server side only.
      "server-only": `${root}tests/setup/empty-module.ts`,
    },
  },
  test: {
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "idp/**/*.test.ts", "components/**/*.test.ts"], exclude: ["**/*.int.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".data/**"],
          globalSetup: ["tests/setup/database.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/integration-env.ts"],
          // One database for the run: files run one after another, each starting from truncated tables.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
