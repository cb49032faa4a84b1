import { describe, expect, it, vi } from "vitest";
import { describeError, logger, scrub } from "./logger";

describe("logger", () => {
  it("writes an error as one JSON line through console.error (stderr; the tests' spy sees it), with the request id", () => {
    const lines: string[] = [];
    vi.mocked(console.error).mockImplementationOnce((line: string) => lines.push(line));
    logger().error({ requestId: "lb-01:req.000042", userId: "u_123" }, "action : erreur inattendue");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: "error",
      service: "distrilog-sante",
      requestId: "lb-01:req.000042",
      userId: "u_123",
      msg: "action : erreur inattendue",
    });
  });

  it("writes info to stdout, not to console.error", () => {
    const written: string[] = [];
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    const errorsBefore = vi.mocked(console.error).mock.calls.length;
    logger().info({ job: "weekly-digest" }, "tâche terminée");
    stdout.mockRestore();
    expect(written.map((line) => JSON.parse(line))).toMatchObject([{ level: "info", job: "weekly-digest", msg: "tâche terminée" }]);
    expect(vi.mocked(console.error).mock.calls.length).toBe(errorsBefore);
  });
});

describe("no personal data in error descriptions", () => {
  it("replaces e-mail addresses in messages and stacks", () => {
    expect(scrub("Unique constraint failed for camille.martin@clinique-demo.fr (User.email)")).toBe(
      "Unique constraint failed for [courriel] (User.email)",
    );
    const error = Object.assign(new Error("refusé pour <nadia.benali@ehpad-demo.fr>"), { code: "P2002" });
    const described = describeError(error);
    expect(described).toMatchObject({ type: "Error", message: "refusé pour <[courriel]>", code: "P2002" });
    expect(JSON.stringify(described)).not.toContain("@ehpad-demo.fr");
  });

  it("keeps what only looks like one: a scoped package in a stack trace", () => {
    expect(scrub("at /work/main/node_modules/@prisma/client/runtime/client.js:81:7268")).toBe(
      "at /work/main/node_modules/@prisma/client/runtime/client.js:81:7268",
    );
  });

  it("describes a thrown non-error", () => {
    expect(describeError("panne de x@y.fr")).toEqual({ type: "string", message: "panne de [courriel]" });
  });
});
