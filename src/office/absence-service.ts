/**
 * The absence feature's port over Microsoft Graph (src/office/graph/) and the
 * roaming settings. Each call asks for its own scope, and only runs on the
 * user's click, except `replyStateQuietly`, which never opens a sign-in
 * window. Every failure becomes a PostvaktError; when saving stops after the
 * reply went through, a PartlyDoneError says which part is done. Nothing is
 * logged; the replies' texts go only to Graph and back to the view.
 */
import { formatWallDateTime, parseWallDateTime, replyText, stockholmInstant, type AbsenceRecord, type ForwardingRuleFact, type GraphOperation, type ReplyState } from "../core";
import { PartlyDoneError, PostvaktError, type AbsencePort, type CurrentReply, type ExistingBooking, type MailboxState } from "../ports";
import { configuredGraphClient } from "./graph/auth";
import type { GraphClient } from "./graph/client";
import { createEvent, findEvents } from "./graph/events";
import { asGraphFailure } from "./graph/failure";
import { getMailboxSettings, setAutomaticReplies, type AutomaticRepliesSetting, type AutomaticRepliesUpdate } from "./graph/mailbox-settings";
import { forwardingTargets, listInboxRules } from "./graph/message-rules";
import { searchColleagues } from "./graph/people";
import { roamingSettings, saveRoamingValue, type RoamingSettingsLike } from "./roaming-settings";

/** The roaming-settings key: when the planned absence ends and how the reply was set, nothing else. */
export const ABSENCE_SETTINGS_KEY = "postvakt.absence";

const HOUR_MS = 3_600_000;

function updateFor(setting: Extract<GraphOperation, { operation: "setAutomaticReplies" }>["setting"]): AutomaticRepliesUpdate {
  const common = {
    externalAudience: setting.externalAudience,
    internalReplyMessage: setting.internalReplyMessage,
    externalReplyMessage: setting.externalReplyMessage,
  };
  if (setting.status !== "scheduled") return { status: setting.status, ...common };
  if (!setting.scheduledStartDateTime || !setting.scheduledEndDateTime) throw new PostvaktError("graphBadResponse");
  return { status: "scheduled", ...common, scheduledStartDateTime: setting.scheduledStartDateTime, scheduledEndDateTime: setting.scheduledEndDateTime };
}

/**
 * Carries Graph operations out in order. The first failing one ends the run:
 * with nothing done it rejects with the failure's PostvaktError, after one or
 * more went through with a PartlyDoneError naming them.
 */
export async function runGraphOperations(graph: GraphClient, operations: readonly GraphOperation[]): Promise<void> {
  const done: GraphOperation["operation"][] = [];
  for (const op of operations) {
    try {
      if (op.operation === "setAutomaticReplies") await setAutomaticReplies(graph, updateFor(op.setting));
      else await createEvent(graph, { subject: op.event.subject, start: op.event.start, end: op.event.end, showAs: "oof", isAllDay: false, sensitivity: "normal" });
    } catch (error) {
      const failure = asGraphFailure(error);
      if (done.length === 0) throw failure;
      throw new PartlyDoneError(failure.kind, done, op.operation);
    }
    done.push(op.operation);
  }
}

function currentReply(setting: AutomaticRepliesSetting): CurrentReply {
  return {
    status: setting.status,
    externalAudience: setting.externalAudience,
    internalText: replyText(setting.internalReplyMessage),
    externalText: replyText(setting.externalReplyMessage),
    ...(setting.scheduledStartDateTime ? { scheduledStart: setting.scheduledStartDateTime } : {}),
    ...(setting.scheduledEndDateTime ? { scheduledEnd: setting.scheduledEndDateTime } : {}),
  };
}

/** "2026-06-29T08:00:00.0000000" -> "2026-06-29T08:00", comparable as text. */
function minuteKey(dateTime: string): string {
  return dateTime.slice(0, 16);
}

/** A wall-clock time as an instant, taken as Swedish time (the range is widened to cover any European zone). */
function approximateInstant(dateTime: string): number {
  const wall = parseWallDateTime(dateTime);
  if (!wall) throw new PostvaktError("graphBadResponse");
  return stockholmInstant(wall.date, wall.time);
}

export function parseRecord(value: unknown): AbsenceRecord | undefined {
  if (!value || typeof value !== "object") return undefined;
  const { v, end, via } = value as { v?: unknown; end?: unknown; via?: unknown };
  if (v !== 1 || typeof end !== "string" || (via !== "graph" && via !== "manual")) return undefined;
  const wall = parseWallDateTime(end);
  return wall ? { end: wall, via } : undefined;
}

export interface AbsenceServiceOptions {
  readonly graph?: GraphClient;
  readonly settings?: RoamingSettingsLike;
}

export function createOfficeAbsenceService(options: AbsenceServiceOptions = { ...optional(configuredGraphClient()), ...optionalSettings(roamingSettings()) }): AbsencePort {
  const { graph, settings } = options;
  const needGraph = (): GraphClient => {
    if (!graph) throw new PostvaktError("unsupported");
    return graph;
  };
  // A function, not a generic arrow: the build reads .ts as TSX, where "<T>(" opens an element.
  async function viaGraph<T>(call: (g: GraphClient) => Promise<T>): Promise<T> {
    const g = needGraph();
    try {
      return await call(g);
    } catch (error) {
      throw asGraphFailure(error);
    }
  }

  return {
    graph: !!graph,

    readMailbox: () =>
      viaGraph(async (g): Promise<MailboxState> => {
        const settings = await getMailboxSettings(g);
        return { ...(settings.timeZone ? { timeZone: settings.timeZone } : {}), reply: currentReply(settings.automaticRepliesSetting) };
      }),

    findBookings: (start, end, timeZone) =>
      viaGraph(async (g): Promise<ExistingBooking[]> => {
        const from = minuteKey(start);
        const to = minuteKey(end);
        // Ask a little wider than the period (the mailbox may be in another zone), then compare wall clocks.
        const events = await findEvents(g, new Date(approximateInstant(start) - 14 * HOUR_MS), new Date(approximateInstant(end) + 14 * HOUR_MS), timeZone);
        return events
          .filter((e) => minuteKey(e.start.dateTime) < to && minuteKey(e.end.dateTime) > from)
          .map((e) => ({
            subject: e.subject,
            start: e.start.dateTime,
            end: e.end.dateTime,
            showAs: e.showAs,
            isAllDay: e.isAllDay,
            isPrivate: e.sensitivity === "private" || e.sensitivity === "confidential",
          }));
      }),

    forwardingRules: () =>
      viaGraph(async (g): Promise<ForwardingRuleFact[]> =>
        (await listInboxRules(g)).map((rule) => ({ name: rule.displayName.trim() || "–", targets: forwardingTargets(rule) })).filter((r) => r.targets.length > 0),
      ),

    searchDirectory: (query) =>
      viaGraph(async (g) =>
        (await searchColleagues(g, query)).map((c) => ({ name: c.name, ...(c.mail ? { email: c.mail } : {}), ...(c.businessPhones[0] ? { phone: c.businessPhones[0] } : {}) })),
      ),

    async save(operations) {
      await runGraphOperations(needGraph(), operations);
    },

    turnOffReply: () => viaGraph((g) => setAutomaticReplies(g, { status: "disabled" })),

    async replyStateQuietly(): Promise<ReplyState | undefined> {
      if (!graph) return undefined;
      try {
        const { automaticRepliesSetting: s } = await getMailboxSettings(graph, { interactive: false });
        return { status: s.status, ...(s.scheduledEndDateTime ? { scheduledEnd: s.scheduledEndDateTime } : {}) };
      } catch {
        return undefined;
      }
    },

    loadRecord() {
      try {
        return parseRecord(settings?.get(ABSENCE_SETTINGS_KEY));
      } catch {
        return undefined;
      }
    },

    async saveRecord(record) {
      // Outside Outlook too this is a failed save: the view offers the reminder only there.
      if (!settings) throw new PostvaktError("settingsSaveFailed");
      await saveRoamingValue(settings, ABSENCE_SETTINGS_KEY, record ? { v: 1, end: formatWallDateTime(record.end), via: record.via } : undefined);
    },
  };
}

function optional(graph: GraphClient | undefined): { graph?: GraphClient } {
  return graph ? { graph } : {};
}

function optionalSettings(settings: RoamingSettingsLike | undefined): { settings?: RoamingSettingsLike } {
  return settings ? { settings } : {};
}
