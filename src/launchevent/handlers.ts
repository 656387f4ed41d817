/**
 * The event handlers, thin glue between Outlook and the pure parts:
 * read the item (src/office), run the core, hand the outcome to Office.
 * Every path ends in exactly one `event.completed`; nothing is logged.
 */
import { lint, localize, type Profile, type SignatureDetails } from "../core";
import { loadSignatureDetails } from "../office/signature-settings";
import { readItem, readItemParts } from "../office/read-item";
import { clearHint, showHint } from "../office/notifications";
import { applyComposeSignature } from "./compose-signature";
import { completeOnce, startTimer } from "./completion";
import { currentDeployment, type Deployment } from "./deployment";
import { HINT_KEYS, buildLiveHints, type HintKey } from "./live-hints";
import { SEND_TEXTS } from "./texts";
import { ALLOW, TASK_PANE_COMMAND_ID, failureCompletion, sendCompletion, type SendCompletion } from "./send-decision";

/** Hints have no profile setting of their own: they get the same budget the send check would. */
const DEFAULT_BUDGET_MS = 3000;

/** The manifest's 16 px image resid, which notification bars require. */
const HINT_ICON = "Icon.16x16";

type ComposeItem = Office.MessageCompose;

function currentItem(): ComposeItem {
  return Office.context.mailbox.item as ComposeItem;
}

/** The user's saved signature details (roaming settings), for the signature check; undefined when none are saved. */
function savedSignatureDetails(): SignatureDetails | undefined {
  try {
    const loaded = loadSignatureDetails(Office.context.roamingSettings, undefined);
    return loaded.source === "saved" ? loaded.details : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The share of the time budget optional reads (subject,
 * attachments, sender, compose type) may take each: the rest is left for the
 * check itself, so one slow optional read never lets the budget run out.
 */
export const OPTIONAL_READ_SHARE = 0.6;

async function checkBeforeSend(item: ComposeItem, deployment: Deployment, profile: Profile): Promise<SendCompletion> {
  const { locale, userEmail, capabilities } = deployment;
  const { message, unread } = await readItemParts(item, {
    // The text body only: what only the HTML shows is the task pane's (src/launchevent/no-html.ts).
    bodyHtml: false,
    optionalDeadlineMs: Math.floor(profile.send.timeBudgetMs * OPTIONAL_READ_SHARE),
  });
  const signature = savedSignatureDetails();
  // The instant of the check, for rules about time (officeHours): the core never reads the clock itself.
  const report = lint(message, profile, { locale, user: { email: userEmail, ...(signature ? { signature } : {}) }, now: Date.now() });
  return sendCompletion({ report, profile, locale, capabilities, unread });
}

/**
 * OnMessageSend (Smart Alerts, Mailbox 1.12). A profile that cannot load
 * lets the message go, as SoftBlock does when the add-in itself cannot load;
 * every later failure follows the profile's `onFailure`.
 */
export function onMessageSendHandler(event: Office.MailboxEvent): void {
  const complete = completeOnce<SendCompletion>(event);
  // Until the profile is known, a failure lets the message go; after that, the profile decides.
  let fail = () => complete(ALLOW);
  try {
    const deployment = currentDeployment();
    const profile = deployment.profile;
    if (!profile) {
      complete(ALLOW);
      return;
    }
    fail = () => complete(failureCompletion(profile.send.onFailure, deployment.locale));
    const item = currentItem();
    const cancelTimer = startTimer(profile.send.timeBudgetMs, fail);
    checkBeforeSend(item, deployment, profile)
      .then(complete, fail)
      .then(cancelTimer, cancelTimer);
  } catch {
    fail();
  }
}

/** Puts up, updates or takes down both hint bars. Stops touching the item once the event is complete. */
async function refreshLiveHints(item: ComposeItem, deployment: Deployment, isDone: () => boolean): Promise<void> {
  const { profile, locale, userEmail } = deployment;
  if (!profile || !item.notificationMessages) return;
  const message = await readItem(item, { bodyHtml: false });
  if (isDone()) return;
  const report = lint(message, profile, { locale, user: { email: userEmail } });
  const hints = buildLiveHints(message, report, profile, locale, userEmail);
  const taskPane = { commandId: TASK_PANE_COMMAND_ID, actionText: localize(SEND_TEXTS.openPostvakt, locale) };
  const keys: HintKey[] = [HINT_KEYS.external, HINT_KEYS.identity];
  await Promise.all(
    keys.map((key) => {
      if (isDone()) return undefined;
      const text = hints[key];
      return text ? showHint(item, key, text, { icon: HINT_ICON, taskPane }) : clearHint(item, key);
    }),
  );
}

/** Runs `work`, completing the event when it settles or when the budget runs out, whichever is first. */
function runWithinBudget(event: Office.MailboxEvent, work: (deployment: Deployment, isDone: () => boolean) => Promise<unknown>): void {
  const complete = completeOnce<SendCompletion>(event);
  try {
    const deployment = currentDeployment();
    const cancelTimer = startTimer(deployment.profile?.send.timeBudgetMs ?? DEFAULT_BUDGET_MS, () => complete());
    const finish = () => {
      cancelTimer();
      complete();
    };
    work(deployment, () => complete.done).then(finish, finish);
  } catch {
    complete();
  }
}

/** OnMessageRecipientsChanged (Mailbox 1.11): refresh the hints. */
export function onMessageRecipientsChangedHandler(event: Office.MailboxEvent): void {
  runWithinBudget(event, (deployment, isDone) => refreshLiveHints(currentItem(), deployment, isDone));
}

/**
 * OnNewMessageCompose (Mailbox 1.10): the signature (a seam for the signature
 * issue, see compose-signature.ts) and the hints, for replies and forwards
 * that arrive with an identity number or external recipients already in them.
 */
export function onNewMessageComposeHandler(event: Office.MailboxEvent): void {
  runWithinBudget(event, (deployment, isDone) => {
    const item = currentItem();
    const signature = deployment.profile
      ? applyComposeSignature(item, { profile: deployment.profile, locale: deployment.locale })
      : Promise.resolve();
    return Promise.all([signature.catch(() => undefined), refreshLiveHints(item, deployment, isDone)]);
  });
}
