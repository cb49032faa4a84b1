/**
 * Where the contact answers the mail relay refused are sent again: one job sends every unsent answer and fails while
 * any is left, so pg-boss retries it with a doubling delay (1–2 min, then 2–4…, about 17 hours in all). The worker
 * also queues one at start, for answers a stopped portal left behind.
 */
import type PgBoss from "pg-boss";

export const CONTACT_ANSWERS_QUEUE = "contact-answers";

export const CONTACT_ANSWERS_RETRIES = { retryLimit: 10, retryDelay: 60, retryBackoff: true } as const;

export function ensureContactAnswersQueue(boss: PgBoss): Promise<void> {
  return boss.createQueue(CONTACT_ANSWERS_QUEUE, { name: CONTACT_ANSWERS_QUEUE, ...CONTACT_ANSWERS_RETRIES });
}

/** Queues a sending of the unsent answers (creating the queue if the worker has not yet). */
export async function enqueueContactAnswers(boss: PgBoss): Promise<void> {
  await ensureContactAnswersQueue(boss);
  await boss.send(CONTACT_ANSWERS_QUEUE, {}, CONTACT_ANSWERS_RETRIES);
}
