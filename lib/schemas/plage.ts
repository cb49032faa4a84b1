import { z } from "./zod";

export const plageProfileSchema = z.object({
  finess: z.string(),
  roles: z.array(z.object({ domain: z.string(), role: z.string(), region: z.string().optional() })),
});

/** The claims ATIH PLAGE sends about a user; anything else in the ID token is ignored. */
export const plageClaimsSchema = z.object({
  sub: z.string().min(1),
  email: z.email("Le compte PLAGE n'a pas d'adresse électronique valide."),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  plage_profiles: z.array(plageProfileSchema).default([]),
});

export type PlageClaims = z.infer<typeof plageClaimsSchema>;
export type PlageProfileClaim = z.infer<typeof plageProfileSchema>;
