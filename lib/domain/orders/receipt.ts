/** A line as ordered, and as the establishment counted it on receipt. */
export interface ReceivedLine {
  lineId: string;
  orderedPacks: number;
  receivedPacks: number;
}

/** The lines whose count differs from the order: the discrepancies the receipt notes (missing or extra packs). */
export function receiptDiscrepancies(lines: readonly ReceivedLine[]): Array<ReceivedLine & { difference: number }> {
  return lines.filter((l) => l.receivedPacks !== l.orderedPacks).map((l) => ({ ...l, difference: l.receivedPacks - l.orderedPacks }));
}
