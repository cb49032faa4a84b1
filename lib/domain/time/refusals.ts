import { refusals } from "../errors";

export const timeRefusals = refusals({
  WEEK_NOT_FOUND: () => "Cette semaine ISO n'existe pas.",
});
