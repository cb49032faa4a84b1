import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT } from "./lib/security/action-request";
import { SECURITY_HEADERS } from "./lib/security/csp";

const securityHeaders = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // Lets a test run build beside a developer's build without clobbering it.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The portal has no next/image: its optimiser would only answer English 400s ("\"url\" parameter is required");
  // unoptimized, /_next/image is the French 404 page.
  images: { unoptimized: true },
  // `npm test` type-checks the whole repository (app, tests, scripts) with tsc first; the build need not redo it.
  typescript: { ignoreBuildErrors: true },
  // node-postgres and the Prisma adapter stay plain Node modules on the server.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // proxy.ts refuses a larger action body in French before Next sees it (lib/security/action-request.ts).
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_LIMIT } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
