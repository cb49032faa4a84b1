/** Numbers and unit names as French users read them: "1 200 masques", "1 paire de lunettes", "2 paires de lunettes". */
const NUMBER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatCount = (n: number) => NUMBER.format(Math.round(n));
export const formatWeeks = (weeks: number) => ONE_DECIMAL.format(Math.floor(weeks * 10) / 10);

/** "masque" → "masques", "paire de lunettes" → "paires de lunettes", "boîte" → "boîtes"; French plural from 2. */
export function unitName(label: string, n: number): string {
  if (Math.abs(n) < 2) return label;
  const [head, ...rest] = label.split(" ");
  const plural = /[sxz]$/.test(head) ? head : `${head}s`;
  return [plural, ...rest].join(" ");
}

/** "1 200 masques". */
export const countOf = (n: number, label: string) => `${formatCount(n)} ${unitName(label, Math.round(n))}`;
