/**
 * Searching colleagues against a local server answering as Graph documents
 * `GET /users?$search="displayName:…"` (needs ConsistencyLevel: eventual).
 */
import { describe, expect, it } from "vitest";
import { MAX_SEARCH_LENGTH, searchColleagues, searchTerm } from "../../../src/office/graph/people";
import { clientFor, errorAnswer, kindOf, useGraphServer } from "./graph-server";

const server = useGraphServer();

const USERS = {
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users(displayName,mail,businessPhones)",
  value: [
    { displayName: "Lisa Lindqvist", mail: "lisa.lindqvist@ale.se", businessPhones: ["0303-33 01 23"] },
    { displayName: "Lisa Berg (vikarie)", mail: null, businessPhones: [] },
    { displayName: null, mail: "rum-lisa@ale.se", businessPhones: [] },
  ],
};

describe("searching colleagues", () => {
  it("asks /users with $search on displayName, ConsistencyLevel eventual and a User.ReadBasic.All token", async () => {
    server.answer(() => ({ status: 200, json: USERS }));
    const { graph, asked } = clientFor(server);
    const found = await searchColleagues(graph, "  Lisa ");
    const [request] = server.requests;
    expect([request!.method, request!.path]).toEqual(["GET", "/users"]);
    expect(request!.query).toEqual({ $search: '"displayName:Lisa"', $select: "displayName,mail,businessPhones", $top: "10" });
    expect(request!.rawQuery).toContain("$search=%22displayName%3ALisa%22");
    expect(request!.headers.consistencylevel).toBe("eventual");
    expect(request!.headers.authorization).toBe("Bearer token-for User.ReadBasic.All");
    expect(asked).toEqual([["User.ReadBasic.All"]]);
    expect(found).toEqual([
      { name: "Lisa Lindqvist", mail: "lisa.lindqvist@ale.se", businessPhones: ["0303-33 01 23"] },
      { name: "Lisa Berg (vikarie)", businessPhones: [] },
    ]);
  });

  it("cannot break out of the quoted clause: quotes and backslashes go", async () => {
    server.answer(() => ({ status: 200, json: { value: [] } }));
    const { graph } = clientFor(server);
    await searchColleagues(graph, 'Lisa" OR "mail:chef\\', 5);
    expect(server.requests[0]!.query.$search).toBe('"displayName:Lisa OR mail:chef"');
    expect(server.requests[0]!.query.$top).toBe("5");
  });

  it("sends nothing for a term shorter than two characters", async () => {
    const { graph, asked } = clientFor(server);
    expect(await searchColleagues(graph, " L ")).toEqual([]);
    expect(await searchColleagues(graph, '""')).toEqual([]);
    expect(server.requests).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("shortens a long term", () => {
    expect(searchTerm("a".repeat(200))).toHaveLength(MAX_SEARCH_LENGTH);
    expect(searchTerm("Anna\u0000\nAndersson")).toBe("Anna Andersson");
  });

  it("says forbidden where the organisation does not allow reading other users, badResponse for an odd answer", async () => {
    server.answerInTurn(errorAnswer(403), { status: 200, json: { value: [{ displayName: "Lisa", businessPhones: "0303" }] } });
    const { graph } = clientFor(server);
    expect(await kindOf(searchColleagues(graph, "Lisa"))).toBe("forbidden");
    expect(await kindOf(searchColleagues(graph, "Lisa"))).toBe("badResponse");
  });
});
