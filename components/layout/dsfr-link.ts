import { setLink } from "@codegouvfr/react-dsfr/link";
import Link from "next/link";

declare module "@codegouvfr/react-dsfr/link" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

// react-dsfr's links in the browser are Next's client-side links (the server's come from DsfrHead). Imported by the
// client components that draw react-dsfr links, so pages without them do not ship react-dsfr.
setLink({ Link });
