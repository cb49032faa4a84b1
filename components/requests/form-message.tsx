/** The outcome of a form, announced politely to screen readers. */
export function FormMessage({ message, testId }: { message: { ok: boolean; text: string } | null; testId?: string }) {
  return (
    <div aria-live="polite" data-testid={testId}>
      {message && (
        <div className={`fr-alert fr-alert--sm fr-mt-2w ${message.ok ? "fr-alert--success" : "fr-alert--error"}`}>
          <p>{message.text}</p>
        </div>
      )}
    </div>
  );
}
