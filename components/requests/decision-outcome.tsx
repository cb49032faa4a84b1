/** What became of the request just decided, shown at the top of the list it left. */
export function DecisionOutcome({ approved, text }: { approved: boolean; text: string }) {
  return (
    <div className={`fr-alert fr-alert--sm fr-mb-4w ${approved ? "fr-alert--success" : "fr-alert--info"}`} role="status" data-testid="decision-outcome">
      <p>{text}</p>
    </div>
  );
}
