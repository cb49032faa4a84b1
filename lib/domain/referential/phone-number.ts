/**
 * A telephone number as French readers expect it: ten digits in pairs (« 04 74 00 02 02 »), whether FINESS gives them
 * packed (« 0474000202 ») or a user typed them spaced. No-break spaces keep the number on one line in a narrow column.
 * Anything else (an international number, an extension) is shown as given, kept on one line the same way.
 */
export function phoneText(raw: string): string {
  const digits = raw.replace(/[\s.\-]/g, "");
  const text = /^0\d{9}$/.test(digits) ? digits.replace(/(\d{2})(?=\d)/g, "$1 ") : raw.trim();
  return text.replace(/\s+/g, "\u00a0");
}
