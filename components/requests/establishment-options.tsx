/** Suggestions for a FINESS field: the establishments of the region, by FINESS with their names. */
export function EstablishmentOptions({ id, establishments }: { id: string; establishments: ReadonlyArray<{ finess: string; name: string }> }) {
  return (
    <datalist id={id}>
      {establishments.map((e) => (
        <option key={e.finess} value={e.finess}>
          {e.name}
        </option>
      ))}
    </datalist>
  );
}
