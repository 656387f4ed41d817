/**
 * The task pane's entry and its composition root: waits for office.js,
 * picks the profile and mounts the shell over the Office adapter's ports.
 * This is the only task-pane module that imports src/office.
 */
import { createRoot } from "react-dom/client";
import { createOfficeAbsenceService } from "../office/absence-service";
import { createOfficeActions } from "../office/actions";
import { createOfficeDiaryService } from "../office/diary-service";
import { configuredGraphClient, nestedAppTokenSource, supportsNestedAppAuth, type NestableTokenClient } from "../office/graph/auth";
import { createGraphClient, type FetchLike, type GraphClient } from "../office/graph/client";
import { createDirectoryLookup } from "../office/graph/me";
import { createOfficeSelectionService } from "../office/selection-service";
import { createOfficeService } from "../office/service";
import { roamingSettings } from "../office/roaming-settings";
import { createOfficeSignatureService } from "../office/signature-service";
import { App } from "./shell/App";
import { chooseProfile } from "./shell/profile";

/** What the demo's shim (demo/office-shim.ts) hands the pane: the host page's simulated Graph and its token broker. */
interface DemoGraph {
  readonly fetch: FetchLike;
  readonly broker: NestableTokenClient;
}

/**
 * The one Graph client the pane's features share: the deployment's (MSAL by
 * nested app authentication), or none. In the demo build only, the host
 * page's simulated Microsoft 365 instead, behind the same NestedAppAuth
 * check, with the real client and the real token logic over its broker.
 */
function graphClient(): GraphClient | undefined {
  if (__POSTVAKT_DEMO__) {
    const demo = (window as { postvaktDemoGraph?: DemoGraph }).postvaktDemoGraph;
    if (demo) return supportsNestedAppAuth() ? createGraphClient({ fetchImpl: demo.fetch, tokenFor: nestedAppTokenSource(async () => demo.broker) }) : undefined;
  }
  return configuredGraphClient();
}

/**
 * The registrar edition (manifest-registrar.xml, with the read/write mailbox
 * permission item multi-select needs) opens the read pane as
 * taskpane.html?multiselect=1; only there does the pane ask which messages
 * are selected.
 */
function registrarEdition(): boolean {
  return new URLSearchParams(window.location.search).get("multiselect") === "1";
}

function mount() {
  const root = document.getElementById("root");
  if (!root) return;
  // A deployment's profile is fixed at build time, so the task pane and the
  // send check (which cannot read a URL) always agree; only the demo lets the
  // URL pick one, for its profile switcher.
  const profileChoice = chooseProfile(__POSTVAKT_DEMO__ ? window.location.search : "", __POSTVAKT_PROFILE__);
  const graph = graphClient();
  const settings = roamingSettings();
  const actions = createOfficeActions(profileChoice.ok ? profileChoice.profile : undefined, () => graph);
  createRoot(root).render(
    <App
      review={createOfficeService()}
      actions={actions}
      signature={createOfficeSignatureService(graph ? createDirectoryLookup(graph) : undefined)}
      diary={createOfficeDiaryService()}
      absence={createOfficeAbsenceService({ ...(graph ? { graph } : {}), ...(settings ? { settings } : {}) })}
      {...(registrarEdition() ? { selection: createOfficeSelectionService() } : {})}
      profileChoice={profileChoice}
    />,
  );
}

// Outside Office, onReady still resolves (host null); the service then says "only inside Outlook".
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady().then(mount, mount);
} else {
  mount();
}
