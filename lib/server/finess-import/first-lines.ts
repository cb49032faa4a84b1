/** A FINESS number met twice in one file keeps its first line: the set-based write could not apply both. */
export class FirstLines {
  private readonly lines = new Map<string, number>();

  /** Notes the line of a number, or tells why the line is rejected. */
  add(line: number, finess: string): string | null {
    const first = this.lines.get(finess);
    if (first !== undefined) return `Doublon : le numéro FINESS ${finess} figure déjà ligne ${first} ; ligne ignorée.`;
    this.lines.set(finess, line);
    return null;
  }
}
