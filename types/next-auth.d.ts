import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    /** The server-side session this cookie names (lib/server/sessions.ts). */
    sessionId?: string;
  }
}
