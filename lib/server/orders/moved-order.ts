/** What an order's move tells the client: its number and where it now stands, nothing of the rest of the row. */
export const movedOrder = <N, S>({ number, status }: { number: N; status: S }) => ({ number, status });
