// The bounds of a quota revision request, which its form states in its hints without loading the zod schema.
export const REVISION_MAX_WEEKS = 12;
export const JUSTIFICATION_MIN = 20;
