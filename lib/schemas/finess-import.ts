import { z } from "@/lib/schemas/zod";

/** The national JSON flow runs to a few hundred megabytes; beyond this, the file is not a FINESS file. */
export const FINESS_UPLOAD_MAX_BYTES = 1024 ** 3;

/** A FINESS file chosen for upload: checked in the browser before sending, and again by the server as it arrives. */
export const finessUploadSchema = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, "Choisissez un fichier FINESS.")
    .max(200, "Le nom du fichier ne dépasse pas 200 caractères.")
    .regex(/\.(csv|txt|json)$/i, "Le fichier doit être un extrait FINESS (.csv ou .txt) ou le flux « structures » (.json)."),
  size: z
    .number()
    .int()
    .min(1, "Le fichier est vide.")
    .max(FINESS_UPLOAD_MAX_BYTES, "Le fichier dépasse 1 Go, la taille maximale d'un fichier FINESS : vérifiez qu'il s'agit du bon fichier."),
});

export type FinessUpload = z.infer<typeof finessUploadSchema>;
