/**
 * FINESS gives every legal entity and establishment two names: `rs` (short) and `rslongue` (long). The long one is
 * usually the short one spelled out (« CH DE FLEYRIAT » → « CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT »), but
 * sometimes only the generic form of an acronym, which loses what tells one entity from another
 * (« CCAS BAGNERES DE LUCHON » → « CENTRE COMMUNAL D'ACTION SOCIALE »).
 */
export interface FinessNames {
  shortName: string;
  longName?: string | null;
}

// Shorter words are mostly articles and acronyms the long name spells out (CH, CHU, DE, ST, CCAS); digits always count.
const DISTINCTIVE_LENGTH = 5;

const NON_ASCII = /[^\x00-\x7f]/;

function words(name: string): string[] {
  // Most FINESS names are plain ASCII capitals, which have no accent to take off (the import reads 200 000 of them).
  const plain = NON_ASCII.test(name) ? name.normalize("NFD").replace(/\p{M}/gu, "") : name;
  return plain
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}

/**
 * The name to show: the long one when it keeps every distinctive word of the short one (a word of the short name may
 * be abbreviated: « HOSPIT » is kept by « HOSPITALIER »), otherwise the short one.
 */
export function identifyingName({ shortName, longName }: FinessNames): string {
  if (!longName) return shortName;
  const long = words(longName);
  const keptByLong = (word: string) => long.some((candidate) => candidate.startsWith(word));
  const distinctive = words(shortName).filter((word) => word.length >= DISTINCTIVE_LENGTH || /^\d+$/.test(word));
  return distinctive.every(keptByLong) ? longName : shortName;
}
