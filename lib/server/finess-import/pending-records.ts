/** Records waiting for their database round trip. */
export interface NumberedRecord<T> {
  line: number;
  record: T;
}

/** A FINESS number met twice in one file keeps its first line: the batch write could not apply both. */
export class PendingRecords<T extends { finess: string }> {
  private readonly firstLines = new Map<string, number>();
  private items: NumberedRecord<T>[] = [];

  get size(): number {
    return this.items.length;
  }

  /** Queues the record, or tells why it is rejected. */
  add(line: number, record: T): string | null {
    const first = this.firstLines.get(record.finess);
    if (first !== undefined) return `Doublon : le numéro FINESS ${record.finess} figure déjà ligne ${first} ; ligne ignorée.`;
    this.firstLines.set(record.finess, line);
    this.items.push({ line, record });
    return null;
  }

  take(): NumberedRecord<T>[] {
    const items = this.items;
    this.items = [];
    return items;
  }
}
