/**
 * The task pane's entry and its composition root: waits for office.js,
 * picks the profile and mounts the shell over the Office adapter's ports.
 * This is the only task-pane module that imports src/office.
 */
import { createRoot } from "react-dom/client";
import { createOfficeAbsenceService } from "../office/absence-service";
import { createOfficeActions } from "../office/actions";
import { createOfficeDiaryService } from "../office/diary-service";
import { createOfficeService } from "../office/service";
import { createOfficeSignatureService } from "../office/signature-service";
import { App } from "./shell/App";
import { chooseProfile } from "./shell/profile";

function mount() {
  const root = document.getElementById("root");
  if (!root) return;
  // A deployment's profile is fixed at build time, so the task pane and the
  // send check (which cannot read a URL) always agree; only the demo lets the
  // URL pick one, for its profile switcher.
  const profileChoice = chooseProfile(__POSTVAKT_DEMO__ ? window.location.search : "", __POSTVAKT_PROFILE__);
  const actions = createOfficeActions(profileChoice.ok ? profileChoice.profile : undefined);
  createRoot(root).render(
    <App
      review={createOfficeService()}
      actions={actions}
      signature={createOfficeSignatureService()}
      diary={createOfficeDiaryService()}
      absence={createOfficeAbsenceService()}
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
