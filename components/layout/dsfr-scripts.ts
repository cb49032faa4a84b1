// The DSFR's core first: each component's script registers itself on the window.dsfr it defines. Only the components
// the portal's markup needs (header, navigation menus, modals, folded breadcrumb), not the whole 28 kB bundle.
import "@codegouvfr/react-dsfr/dsfr/core/core.module.min.js";
import "@codegouvfr/react-dsfr/dsfr/component/header/header.module.min.js";
import "@codegouvfr/react-dsfr/dsfr/component/navigation/navigation.module.min.js";
import "@codegouvfr/react-dsfr/dsfr/component/modal/modal.module.min.js";
import "@codegouvfr/react-dsfr/dsfr/component/breadcrumb/breadcrumb.module.min.js";
