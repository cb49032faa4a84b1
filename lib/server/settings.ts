import "server-only";
import { z } from "@/lib/schemas/zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "./db";

type Tx = Prisma.TransactionClient;

/** Admin-set values, each with its schema and the value used until an admin sets one. */
export const SETTINGS = {
  /** Beds/places from which Santé publique France delivers an establishment directly. */
  spfCapacityThreshold: { schema: z.number().int().min(1), fallback: 800 },
} as const;

export type SettingKey = keyof typeof SETTINGS;

export async function getSetting<K extends SettingKey>(key: K, client: Tx = db()): Promise<number> {
  const row = await client.setting.findUnique({ where: { key } });
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return parsed.success ? parsed.data : SETTINGS[key].fallback;
}
