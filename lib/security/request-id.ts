/** A request id accepted from the client or the front proxy: short, printable, nothing to inject into a log line. */
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/** The id of a request: the one received (X-Request-Id) when it is well formed, else a new one. */
export function requestIdFrom(received: string | null, newId: () => string = () => crypto.randomUUID()): string {
  return received && REQUEST_ID_PATTERN.test(received) ? received : newId();
}
