import { refusals } from "../errors";
import { formatDateTime } from "../wording/french";

const period = ({ startsAt, endsAt }: { startsAt: Date; endsAt: Date | null }) =>
  endsAt ? `du ${formatDateTime(startsAt)} au ${formatDateTime(endsAt)}` : `depuis le ${formatDateTime(startsAt)}, sans date de fin`;

export const tensionRefusals = refusals({
  DECREE_NOT_FOUND: () => "Ce décret n'existe pas : rechargez la page.",
  DECREE_OVERLAP: ({ category, clash }: { category: string; clash: { startsAt: Date; endsAt: Date | null } }) =>
    `${category} : un décret de tension couvre déjà une partie de cette période (${period(clash)}). ` +
    "Une catégorie ne peut pas avoir deux décrets en même temps : terminez le décret en cours ou choisissez d'autres dates.",
  DECREE_ALREADY_ENDED: () => "Ce décret est déjà terminé.",
  DECREE_NOT_STARTED: () => "Ce décret n'a pas encore commencé : il ne peut pas être terminé maintenant.",
});
