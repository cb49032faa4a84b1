/**
 * What became of the request just decided (the page's `?decision=<id>` after the decision form), shown at the top of
 * the list it left; nothing when no request of `decided` has that id.
 */
export function DecisionOutcome<R extends { id: string; status: string }>({
  decided,
  decision,
  says,
}: {
  decided: readonly R[];
  decision: string | string[] | undefined;
  says: (request: R, approved: boolean) => string;
}) {
  const request = decided.find((r) => r.id === decision);
  if (!request) return null;
  const approved = request.status === "APPROVED";
  return (
    <div className={`fr-alert fr-alert--sm fr-mb-4w ${approved ? "fr-alert--success" : "fr-alert--info"}`} role="status" data-testid="decision-outcome">
      <p>{says(request, approved)}</p>
    </div>
  );
}
