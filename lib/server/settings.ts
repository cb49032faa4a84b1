import "server-only";
import { z } from "@/lib/schemas/zod";
import { referenceData, type ReferenceData } from "./reference-data";

/** Admin-set values, each with its schema and the value used until an admin sets one. */
export const SETTINGS = {
  /** Beds/places from which Santé publique France delivers an establishment directly. */
  spfCapacityThreshold: { schema: z.number().int().min(1), fallback: 800 },
} as const;

export type SettingKey = keyof typeof SETTINGS;

/** A setting's value, from the reference data (`reference`, when the caller reads it too). */
export async function getSetting<K extends SettingKey>(key: K, reference: Promise<ReferenceData> = referenceData()): Promise<number> {
  const parsed = SETTINGS[key].schema.safeParse((await reference).settings.get(key));
  return parsed.success ? parsed.data : SETTINGS[key].fallback;
}
