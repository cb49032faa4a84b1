// The DSFR's core first: each component's script registers itself on the window.dsfr it defines. Only the components
// the portal's markup needs (header, navigation menus, modals, folded breadcrumb), not the whole 28 kB bundle, and the
// core without the features no markup of the portal uses (scripts/trim-dsfr-core.ts).
import "./dsfr-core.js";
import "@codegouvfr/react-dsfr/dsfr/component/header/header.module.min.js";
import "@codegouvfr/react-dsfr/dsfr/component/navigation/navigation.module.min.js";
import "@codegouvfr/react-dsfr/dsfr/component/modal/modal.module.min.js";
import "@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.module.min.js";
