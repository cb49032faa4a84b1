import "server-only";
import { z } from "zod";

/** The portal's configuration, parsed once: a bad setting fails at first use with a clear message, not at 3 a.m. */
const envSchema = z.object({
  DATABASE_URL: z.url({ message: "DATABASE_URL doit être une URL PostgreSQL." }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NEXTAUTH_URL: z.url({ message: "NEXTAUTH_URL doit être l'URL publique du portail." }),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET doit comporter au moins 32 caractères."),
  ATIH_ISSUER: z.url({ message: "ATIH_ISSUER doit être l'URL de l'émetteur OpenID Connect de l'ATIH." }),
  ATIH_CLIENT_ID: z.string().min(1, "ATIH_CLIENT_ID est requis."),
  ATIH_CLIENT_SECRET: z.string().min(1, "ATIH_CLIENT_SECRET est requis."),
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Configuration invalide :\n${result.error.issues.map((i) => `- ${i.path.join(".")} : ${i.message}`).join("\n")}`);
    }
    parsed = result.data;
  }
  return parsed;
}
