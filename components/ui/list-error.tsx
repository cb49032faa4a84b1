/** The error of a list of lines as a whole (« at least one product »), announced when it appears. */
export function ListError({ error }: { error?: { message?: string; root?: { message?: string } } }) {
  const message = error?.root?.message ?? error?.message;
  return message ? (
    <p className="fr-error-text" role="alert">
      {message}
    </p>
  ) : null;
}
