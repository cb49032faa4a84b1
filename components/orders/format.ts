const EUROS = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const UNIT_PRICE = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 4 });
const NUMBER = new Intl.NumberFormat("fr-FR");
const DATE_TIME = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });

export const formatEuros = (cents: number) => EUROS.format(cents / 100);
export const formatUnitPrice = (cents: number) => UNIT_PRICE.format(cents / 100);
export const formatNumber = (n: number) => NUMBER.format(n);
export const formatDateTime = (date: Date) => DATE_TIME.format(date);
