import { afterEach, vi } from "vitest";

// A silent error is a hidden bug: any console.error during a test fails it.
const errors: unknown[][] = [];
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  errors.push(args);
});

afterEach(() => {
  const seen = errors.splice(0);
  if (seen.length) throw new Error(`console.error appelé pendant le test :\n${seen.map((a) => a.map(String).join(" ")).join("\n")}`);
});
