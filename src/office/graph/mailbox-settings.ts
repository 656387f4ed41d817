/**
 * The user's mailbox settings: the time zone and the automatic replies
 * (out of office). `GET /me/mailboxSettings` reads them; `PATCH
 * /me/mailboxSettings` with only `automaticRepliesSetting` writes the replies.
 *
 * Scope: both calls ask for MailboxSettings.ReadWrite. The read exists to come
 * before a write (research-notes.md D1: never overwrite an existing reply
 * silently), so asking for MailboxSettings.Read first would put a second
 * consent prompt into one absence flow; ReadWrite covers the read too.
 */
import type { GraphClient } from "./client";
import { isObject, oneOf, optionalString, readDateTimeTimeZone, writeDateTimeTimeZone, type DateTimeTimeZone } from "./shapes";

export const MAILBOX_SETTINGS_SCOPES = ["MailboxSettings.ReadWrite"] as const;

export type AutomaticRepliesStatus = "disabled" | "alwaysEnabled" | "scheduled";
export type ExternalAudience = "none" | "contactsOnly" | "all";

const STATUSES: readonly AutomaticRepliesStatus[] = ["disabled", "alwaysEnabled", "scheduled"];
const AUDIENCES: readonly ExternalAudience[] = ["none", "contactsOnly", "all"];

/** Graph's automaticRepliesSetting as read. */
export interface AutomaticRepliesSetting {
  readonly status: AutomaticRepliesStatus;
  readonly externalAudience: ExternalAudience;
  /** HTML, as Outlook stores it; "" when there is none. */
  readonly internalReplyMessage: string;
  readonly externalReplyMessage: string;
  /** Graph returns a range even when the replies are not scheduled. */
  readonly scheduledStartDateTime?: DateTimeTimeZone;
  readonly scheduledEndDateTime?: DateTimeTimeZone;
}

/** The parts of mailboxSettings Postvakt uses. */
export interface MailboxSettings {
  /** The mailbox's time zone (Windows or IANA name); undefined when Graph gave none. */
  readonly timeZone?: string;
  readonly automaticRepliesSetting: AutomaticRepliesSetting;
}

interface CommonUpdate {
  readonly externalAudience?: ExternalAudience;
  readonly internalReplyMessage?: string;
  readonly externalReplyMessage?: string;
}

/** What to write. A scheduled reply needs its range, each end with a time zone. */
export type AutomaticRepliesUpdate =
  | (CommonUpdate & { readonly status: "disabled" | "alwaysEnabled" })
  | (CommonUpdate & {
      readonly status: "scheduled";
      readonly scheduledStartDateTime: DateTimeTimeZone;
      readonly scheduledEndDateTime: DateTimeTimeZone;
    });

export function readAutomaticRepliesSetting(value: unknown): AutomaticRepliesSetting | undefined {
  if (!isObject(value)) return undefined;
  const status = oneOf(value.status, STATUSES);
  const externalAudience = oneOf(value.externalAudience, AUDIENCES);
  const internal = optionalString(value.internalReplyMessage);
  const external = optionalString(value.externalReplyMessage);
  if (!status || !externalAudience || internal === false || external === false) return undefined;
  const start = value.scheduledStartDateTime == null ? undefined : readDateTimeTimeZone(value.scheduledStartDateTime);
  const end = value.scheduledEndDateTime == null ? undefined : readDateTimeTimeZone(value.scheduledEndDateTime);
  if ((value.scheduledStartDateTime != null && !start) || (value.scheduledEndDateTime != null && !end)) return undefined;
  return {
    status,
    externalAudience,
    internalReplyMessage: internal ?? "",
    externalReplyMessage: external ?? "",
    ...(start ? { scheduledStartDateTime: start } : {}),
    ...(end ? { scheduledEndDateTime: end } : {}),
  };
}

function readMailboxSettings(body: unknown): MailboxSettings | undefined {
  if (!isObject(body)) return undefined;
  const timeZone = optionalString(body.timeZone);
  const automaticRepliesSetting = readAutomaticRepliesSetting(body.automaticRepliesSetting);
  if (timeZone === false || !automaticRepliesSetting) return undefined;
  return { ...(timeZone ? { timeZone } : {}), automaticRepliesSetting };
}

/**
 * The mailbox's time zone and automatic replies. Rejects with a GraphError.
 * `interactive: false` never opens a sign-in window (a look no click asked for).
 */
export function getMailboxSettings(graph: GraphClient, options: { readonly interactive?: boolean } = {}): Promise<MailboxSettings> {
  return graph.get("/me/mailboxSettings", { scopes: MAILBOX_SETTINGS_SCOPES, ...(options.interactive === false ? { interactive: false } : {}) }, readMailboxSettings);
}

/** The request body: only automaticRepliesSetting, and in it only the documented properties given. */
export function automaticRepliesBody(setting: AutomaticRepliesUpdate): { automaticRepliesSetting: Record<string, unknown> } {
  const out: Record<string, unknown> = { status: setting.status };
  if (setting.externalAudience !== undefined) out.externalAudience = setting.externalAudience;
  if (setting.internalReplyMessage !== undefined) out.internalReplyMessage = setting.internalReplyMessage;
  if (setting.externalReplyMessage !== undefined) out.externalReplyMessage = setting.externalReplyMessage;
  if (setting.status === "scheduled") {
    out.scheduledStartDateTime = writeDateTimeTimeZone(setting.scheduledStartDateTime);
    out.scheduledEndDateTime = writeDateTimeTimeZone(setting.scheduledEndDateTime);
  }
  return { automaticRepliesSetting: out };
}

/**
 * Writes the automatic replies. Graph's answer is not read, so a write that
 * went through is never reported as failed; read again to show the result.
 * Rejects with a GraphError (a RangeError, before any request, for a
 * scheduled range without time zones).
 */
export async function setAutomaticReplies(graph: GraphClient, setting: AutomaticRepliesUpdate): Promise<void> {
  await graph.patch("/me/mailboxSettings", automaticRepliesBody(setting), { scopes: MAILBOX_SETTINGS_SCOPES });
}
