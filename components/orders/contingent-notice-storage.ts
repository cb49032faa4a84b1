/** Remembers, in this browser, the sign-in whose notice was shown: one notice per sign-in, not per page. */
export const CONTINGENT_NOTICE_KEY = "distrilog:contingent-notice";
