import { REGIONS } from "@/lib/domain/referential/regions";
import { z } from "./zod";

const REGION_CODES = REGIONS.map((region) => region.code) as [string, ...string[]];
const MAILBOX_MAX = 254;
const REQUIRED_MAILBOX = "Indiquez l'adresse électronique de l'ARS.";

/** The national admin's change of one ARS's mailbox, parsed identically in the browser and by the server action. */
export const setArsMailboxSchema = z.object({
  regionCode: z.enum(REGION_CODES, { error: "Choisissez la région dans la liste." }),
  mailbox: z
    .string({ error: REQUIRED_MAILBOX })
    .trim()
    .min(1, { error: REQUIRED_MAILBOX, abort: true })
    .max(MAILBOX_MAX, `L'adresse électronique ne peut dépasser ${MAILBOX_MAX} caractères.`)
    .pipe(z.email("Adresse électronique invalide : elle doit être de la forme nom@domaine.fr.")),
});

export type ArsMailboxFormInput = z.input<typeof setArsMailboxSchema>;
export type SetArsMailboxInput = z.output<typeof setArsMailboxSchema>;
