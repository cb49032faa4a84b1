/** Runs once when a Next.js server process starts, before it handles a request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampPeerAddresses } = await import("./lib/server/peer-address");
    const { refuseTraceRequests } = await import("./lib/server/trace-refusal");
    stampPeerAddresses();
    refuseTraceRequests();
  }
}
