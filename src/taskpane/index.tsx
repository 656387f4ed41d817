/**
 * The task pane's entry: waits for office.js, picks the profile and mounts
 * the React app over the Office service.
 */
import { createRoot } from "react-dom/client";
import { createOfficeService } from "../office/service";
import { createOfficeSignatureService } from "../office/signature-service";
import { App } from "./components/App";
import { chooseProfile } from "./profile";

function mount() {
  const root = document.getElementById("root");
  if (!root) return;
  // A deployment's profile is fixed at build time, so the task pane and the
  // send check (which cannot read a URL) always agree; only the demo lets the
  // URL pick one, for its profile switcher.
  const profileChoice = chooseProfile(__POSTVAKT_DEMO__ ? window.location.search : "", __POSTVAKT_PROFILE__);
  createRoot(root).render(<App service={createOfficeService()} signatureService={createOfficeSignatureService()} profileChoice={profileChoice} />);
}

// Outside Office, onReady still resolves (host null); the service then says "only inside Outlook".
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady().then(mount, mount);
} else {
  mount();
}
