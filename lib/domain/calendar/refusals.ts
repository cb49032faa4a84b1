import { refusals } from "../errors";

export const calendarRefusals = refusals({
  WEEK_NOT_FOUND: () => "Cette semaine ISO n'existe pas.",
});
