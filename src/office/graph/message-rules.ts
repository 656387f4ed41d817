/**
 * The user's Inbox rules (`GET /me/mailFolders/inbox/messageRules`, scope
 * MailboxSettings.Read), for the check before an absence that no rule sends
 * the mail on outside the kommun.
 *
 * Only what that check needs is kept: the rule's name and state and its three
 * forwarding actions. Conditions (which can quote words from mail) are not.
 * Graph does not show mailbox-level forwarding (research-notes.md D3): an
 * empty result is not "no forwarding at all".
 */
import { getAll, type GraphClient } from "./client";
import { isObject, optionalString } from "./shapes";

export const MESSAGE_RULES_SCOPES = ["MailboxSettings.Read"] as const;

/** Graph's recipient: an e-mail address and maybe a display name. */
export interface RuleRecipient {
  readonly name?: string;
  readonly address: string;
}

/** The forwarding actions of a rule. */
export interface ForwardingActions {
  readonly forwardTo: readonly RuleRecipient[];
  readonly forwardAsAttachmentTo: readonly RuleRecipient[];
  readonly redirectTo: readonly RuleRecipient[];
}

export interface MessageRule {
  readonly id: string;
  readonly displayName: string;
  readonly sequence?: number;
  readonly isEnabled: boolean;
  /** Exchange marks a rule it cannot run. It may still be switched on. */
  readonly hasError: boolean;
  /** A rule the user cannot change from Outlook on the web. */
  readonly isReadOnly: boolean;
  readonly actions: ForwardingActions;
}

function readRecipients(value: unknown): RuleRecipient[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const out: RuleRecipient[] = [];
  for (const item of value) {
    if (!isObject(item) || !isObject(item.emailAddress)) return undefined;
    const address = optionalString(item.emailAddress.address);
    const name = optionalString(item.emailAddress.name);
    if (address === false || name === false) return undefined;
    if (!address?.trim()) continue; // a recipient without an address forwards nowhere
    out.push({ address: address.trim(), ...(name ? { name } : {}) });
  }
  return out;
}

export function readMessageRule(value: unknown): MessageRule | undefined {
  if (!isObject(value) || typeof value.id !== "string") return undefined;
  const displayName = optionalString(value.displayName);
  if (displayName === false || typeof value.isEnabled !== "boolean") return undefined;
  if (value.sequence !== undefined && value.sequence !== null && typeof value.sequence !== "number") return undefined;
  const actions = value.actions ?? {};
  if (!isObject(actions)) return undefined;
  const forwardTo = readRecipients(actions.forwardTo);
  const forwardAsAttachmentTo = readRecipients(actions.forwardAsAttachmentTo);
  const redirectTo = readRecipients(actions.redirectTo);
  if (!forwardTo || !forwardAsAttachmentTo || !redirectTo) return undefined;
  return {
    id: value.id,
    displayName: displayName ?? "",
    ...(typeof value.sequence === "number" ? { sequence: value.sequence } : {}),
    isEnabled: value.isEnabled,
    hasError: value.hasError === true,
    isReadOnly: value.isReadOnly === true,
    actions: { forwardTo, forwardAsAttachmentTo, redirectTo },
  };
}

/** Every rule on the Inbox. Rejects with a GraphError. */
export function listInboxRules(graph: GraphClient): Promise<MessageRule[]> {
  return getAll(graph, "/me/mailFolders/inbox/messageRules", { scopes: MESSAGE_RULES_SCOPES }, readMessageRule);
}

/**
 * The addresses an enabled rule forwards, forwards as attachment or redirects
 * to, each once (compared without case), in the order Graph lists them. A
 * disabled rule forwards nothing. A rule with an error still counts: Exchange
 * may run it again once the error is gone.
 */
export function forwardingTargets(rule: MessageRule): string[] {
  if (!rule.isEnabled) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  const { forwardTo, forwardAsAttachmentTo, redirectTo } = rule.actions;
  for (const recipient of [...forwardTo, ...forwardAsAttachmentTo, ...redirectTo]) {
    const key = recipient.address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(recipient.address);
  }
  return out;
}
