import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

describe("requestIdFrom", () => {
  it("keeps a well-formed id received from the front proxy", () => {
    expect(requestIdFrom("3f1c9e2a-7b4d-4e0f-9a51-0c2d8e6b7a19")).toBe("3f1c9e2a-7b4d-4e0f-9a51-0c2d8e6b7a19");
    expect(requestIdFrom("lb-01:req.000042")).toBe("lb-01:req.000042");
  });

  it.each([
    ["absent", null],
    ["empty", ""],
    ["too short", "abc"],
    ["too long", "a".repeat(129)],
    ["a line break (log injection)", "12345678\n{\"level\":\"error\"}"],
    ["spaces", "un identifiant avec espaces"],
    ["an e-mail", "camille.martin@clinique-demo.fr"],
  ])("replaces an id that is %s with a new one", (_, received) => {
    expect(requestIdFrom(received, () => "nouvel-identifiant")).toBe("nouvel-identifiant");
  });

  it("makes a UUID by default", () => {
    expect(requestIdFrom(null)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
