import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionRequestRefusal } from "./action-request";

const ID = "7f".repeat(21);
const action = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://portail.test/contact", {
    method: "POST",
    body,
    headers: { "next-action": ID, "content-type": "text/plain;charset=UTF-8", host: "portail.test", ...headers },
  });

function chunked(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(Math.min(65_536, bytes - sent)).fill(97);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe("server action requests, before Next reads them", () => {
  it("are only POSTs: naming an action, or small multipart data (a form posted without script)", async () => {
    expect(await actionRequestRefusal(new Request("http://portail.test/", { headers: { "next-action": "x" } }))).toBeNull();
    expect(await actionRequestRefusal(new Request("http://portail.test/", { method: "POST", body: "{" }))).toBeNull();
    const multipart = (size: number) =>
      new Request("http://portail.test/admin/import", {
        method: "POST",
        body: "garbage",
        headers: { "content-type": "multipart/form-data; boundary=b", "content-length": String(size) },
      });
    expect(await actionRequestRefusal(multipart(7))).toMatchObject({ status: 400 });
    // A large upload to a route handler is that route's to read.
    expect(await actionRequestRefusal(multipart(ACTION_BODY_LIMIT_BYTES + 1))).toBeNull();
  });

  it("let through what the browser sends: a JSON array, or well-formed multipart data, from the portal", async () => {
    expect(await actionRequestRefusal(action('[{"name":"Camille"}]', { origin: "http://portail.test" }))).toBeNull();
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_name", "Camille");
    const multipart = new Request("http://portail.test/contact", { method: "POST", body: form, headers: { "next-action": ID } });
    expect(await actionRequestRefusal(multipart)).toBeNull();
  });

  it.each([
    ["malformed JSON", action('[{"name":')],
    ["JSON that is no list of arguments", action("5")],
    ["text that is not UTF-8", action(new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]))],
    ["an empty body", action(null)],
    ["malformed multipart data", action('--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["a"', { "content-type": "multipart/form-data; boundary=XYZ" })],
    ["an action id Next never gave", action("[]", { "next-action": "x" })],
  ])("refuse %s with a French 400", async (_, request) => {
    expect(await actionRequestRefusal(request)).toMatchObject({ status: 400, code: "REQUEST_UNREADABLE" });
  });

  it("refuse a body over 1 MB in French, declared or chunked, without reading past the limit", async () => {
    const declared = action("[]", { "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) });
    expect(await actionRequestRefusal(declared)).toMatchObject({ status: 413, code: "REQUEST_TOO_LARGE" });
    const streamed = new Request("http://portail.test/contact", {
      method: "POST",
      body: chunked(50 * ACTION_BODY_LIMIT_BYTES),
      headers: { "next-action": ID },
      duplex: "half",
    } as RequestInit);
    expect(await actionRequestRefusal(streamed)).toMatchObject({ status: 413 });
  });

  it("refuse a request from another site (Next would answer 500)", async () => {
    expect(await actionRequestRefusal(action("[]", { origin: "https://ailleurs.example" }))).toMatchObject({
      status: 403,
      code: "REQUEST_FROM_ELSEWHERE",
    });
    expect(await actionRequestRefusal(action("[]", { origin: "https://portail.example", "x-forwarded-host": "portail.example" }))).toBeNull();
  });
});
