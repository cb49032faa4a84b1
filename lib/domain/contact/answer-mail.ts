import { formatDateTime } from "../wording/french";

/** The e-mail that carries the national admin's answer to the sender of a contact message. */
export function contactAnswerMail(message: { name: string; topicLabel: string; createdAt: Date; message: string }, answer: string) {
  const quoted = message.message
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  return {
    subject: `Réponse à votre message : ${message.topicLabel}`,
    text: [
      `Bonjour ${message.name},`,
      "",
      answer,
      "",
      "L'équipe nationale Distrilog-santé",
      "",
      `Votre message du ${formatDateTime(message.createdAt)} (heure de Paris) :`,
      quoted,
    ].join("\n"),
  };
}
