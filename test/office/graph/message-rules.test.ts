/**
 * Inbox rules against a local server answering as Graph documents
 * `GET /me/mailFolders/inbox/messageRules`, and the forwarding addresses
 * read from them.
 */
import { describe, expect, it } from "vitest";
import { forwardingTargets, listInboxRules, type MessageRule } from "../../../src/office/graph/message-rules";
import { clientFor, errorAnswer, kindOf, useGraphServer } from "./graph-server";

const server = useGraphServer();

const recipient = (address: string, name?: string) => ({ emailAddress: { ...(name ? { name } : {}), address } });

const RULES = {
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Me/mailFolders('inbox')/messageRules",
  value: [
    {
      id: "AQAAAJ5dZp8=",
      displayName: "Skräp",
      sequence: 1,
      isEnabled: true,
      hasError: false,
      isReadOnly: false,
      conditions: { subjectContains: ["personnummer 781121-2393"] },
      actions: { delete: true, stopProcessingRules: true },
    },
    {
      id: "AQAAAJ5dZqA=",
      displayName: "Till privat",
      sequence: 2,
      isEnabled: true,
      hasError: false,
      isReadOnly: false,
      conditions: { senderContains: ["socialtjansten"] },
      actions: {
        forwardTo: [recipient("anna.privat@gmail.com", "Anna")],
        forwardAsAttachmentTo: [recipient("ANNA.PRIVAT@gmail.com"), recipient("arkiv@ale.se")],
        redirectTo: [recipient("kollega@ale.se")],
      },
    },
    {
      id: "AQAAAJ5dZqB=",
      displayName: "Gammal",
      sequence: 3,
      isEnabled: false,
      hasError: true,
      isReadOnly: false,
      actions: { redirectTo: [recipient("gammal@hotmail.com")] },
    },
  ],
};

describe("the Inbox rules", () => {
  it("GETs them with a MailboxSettings.Read token and keeps the forwarding actions, not the conditions", async () => {
    server.answer(() => ({ status: 200, json: RULES }));
    const { graph, asked } = clientFor(server);
    const rules = await listInboxRules(graph);
    expect(server.requests.map((r) => [r.method, r.path, r.rawQuery, r.headers.authorization])).toEqual([["GET", "/me/mailFolders/inbox/messageRules", "", "Bearer token-for MailboxSettings.Read"]]);
    expect(asked).toEqual([["MailboxSettings.Read"]]);
    expect(rules.map((r) => [r.id, r.displayName, r.isEnabled, r.hasError])).toEqual([
      ["AQAAAJ5dZp8=", "Skräp", true, false],
      ["AQAAAJ5dZqA=", "Till privat", true, false],
      ["AQAAAJ5dZqB=", "Gammal", false, true],
    ]);
    expect(rules[1]!.actions.forwardTo).toEqual([{ name: "Anna", address: "anna.privat@gmail.com" }]);
    expect(JSON.stringify(rules)).not.toContain("781121");
    expect(JSON.stringify(rules)).not.toContain("conditions");
  });

  it("says badResponse for a rule it cannot read (a recipient without emailAddress)", async () => {
    server.answer(() => ({ status: 200, json: { value: [{ id: "x", isEnabled: true, actions: { forwardTo: [{ address: "a@b.se" }] } }] } }));
    const { graph } = clientFor(server);
    expect(await kindOf(listInboxRules(graph))).toBe("badResponse");
  });

  it("says forbidden when the mailbox may not be read", async () => {
    server.answer(() => errorAnswer(403));
    const { graph } = clientFor(server);
    expect(await kindOf(listInboxRules(graph))).toBe("forbidden");
  });
});

describe("where a rule forwards to", () => {
  function rule(overrides: Partial<MessageRule>): MessageRule {
    return { id: "r", displayName: "r", isEnabled: true, hasError: false, isReadOnly: false, actions: { forwardTo: [], forwardAsAttachmentTo: [], redirectTo: [] }, ...overrides };
  }

  it("gives every address of forwardTo, forwardAsAttachmentTo and redirectTo once, ignoring case", async () => {
    server.answer(() => ({ status: 200, json: RULES }));
    const { graph } = clientFor(server);
    const rules = await listInboxRules(graph);
    expect(rules.map(forwardingTargets)).toEqual([[], ["anna.privat@gmail.com", "arkiv@ale.se", "kollega@ale.se"], []]);
  });

  it("gives nothing for a disabled rule, and still counts one with an error", () => {
    const actions = { forwardTo: [{ address: "x@gmail.com" }], forwardAsAttachmentTo: [], redirectTo: [] };
    expect(forwardingTargets(rule({ isEnabled: false, actions }))).toEqual([]);
    expect(forwardingTargets(rule({ hasError: true, actions }))).toEqual(["x@gmail.com"]);
  });
});
