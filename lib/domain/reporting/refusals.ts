import { refusals } from "../errors";

export const reportingRefusals = refusals({
  REGION_OUT_OF_SCOPE: ({ region }: { region: string }) =>
    `Accès refusé : votre périmètre est la région ${region} ; les données d'une autre région ne vous sont pas accessibles.`,
});
