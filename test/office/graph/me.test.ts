/**
 * The directory lookup for the Signatur view against a local server that
 * answers `GET /me?$select=…` as Graph documents it: null for empty
 * properties, businessPhones as a list.
 */
import { describe, expect, it } from "vitest";
import { mergeDirectoryDetails, overwriteWith } from "../../../src/core";
import { ME_SELECT, createDirectoryLookup, detailsFromGraphUser, getMe } from "../../../src/office/graph/me";
import { clientFor, errorAnswer, kindOf, useGraphServer } from "./graph-server";

const server = useGraphServer();

const ME = {
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users(givenName,surname,jobTitle,department,businessPhones,mobilePhone)/$entity",
  givenName: "Anna",
  surname: "Andersson",
  jobTitle: "Bygglovshandläggare",
  department: "Sektor samhällsbyggnad",
  businessPhones: ["+46 303 33 00 00"],
  mobilePhone: null,
};

describe("GET /me as signature details", () => {
  it("asks for exactly the fields it needs, with a User.Read token, and maps them", async () => {
    server.answer(() => ({ status: 200, json: ME }));
    const { graph, asked } = clientFor(server);
    const details = await createDirectoryLookup(graph).fetchDetails();
    expect(server.requests.map((r) => [r.method, r.path, r.query, r.headers.authorization])).toEqual([
      ["GET", "/me", { $select: "givenName,surname,jobTitle,department,businessPhones,mobilePhone" }, "Bearer token-for User.Read"],
    ]);
    expect(ME_SELECT).toBe("givenName,surname,jobTitle,department,businessPhones,mobilePhone");
    expect(asked).toEqual([["User.Read"]]);
    expect(details).toEqual({ givenName: "Anna", surname: "Andersson", title: "Bygglovshandläggare", department: "Sektor samhällsbyggnad", phone: "+46 303 33 00 00" });
  });

  it("leaves out what the directory does not have (null, empty list, blank) and tidies spaces", () => {
    expect(detailsFromGraphUser({ givenName: " Anna\n", surname: null, jobTitle: "  ", businessPhones: [], mobilePhone: "070-123  45 67" })).toEqual({ givenName: "Anna", mobile: "070-123 45 67" });
  });

  it("ignores values of the wrong type rather than failing", async () => {
    server.answer(() => ({ status: 200, json: { givenName: 7, surname: "Berg", businessPhones: "0303-33 00 00" } }));
    const { graph } = clientFor(server);
    expect(await createDirectoryLookup(graph).fetchDetails()).toEqual({ surname: "Berg" });
  });

  it.each([
    [401, "signIn"],
    [403, "forbidden"],
    [404, "notFound"],
    [503, "unavailable"],
  ] as const)("turns HTTP %i into %s", async (status, kind) => {
    server.answer(() => errorAnswer(status));
    const { graph } = clientFor(server);
    expect(await kindOf(createDirectoryLookup(graph).fetchDetails())).toBe(kind);
  });

  it("says badResponse for a list where a user should be", async () => {
    server.answer(() => ({ status: 200, json: [ME] }));
    const { graph } = clientFor(server);
    expect(await kindOf(getMe(graph))).toBe("badResponse");
  });
});

describe("putting directory details into the form", () => {
  it("fills only empty fields and names those that differ", () => {
    const merge = mergeDirectoryDetails({ givenName: "Anna", title: "Handläggare", phone: "" }, { givenName: "Anna", title: "Bygglovshandläggare", phone: "0303-33 00 00", department: "Sektor samhällsbyggnad" });
    expect(merge.details).toEqual({ givenName: "Anna", title: "Handläggare", phone: "0303-33 00 00", department: "Sektor samhällsbyggnad" });
    expect(merge.filled).toEqual(["phone", "department"]);
    expect(merge.differing).toEqual(["title"]);
  });

  it("overwrites only the fields the user agreed to", () => {
    const next = overwriteWith({ givenName: "Anna", title: "Handläggare", department: "Bygg" }, { title: "Bygglovshandläggare", department: "Samhällsbyggnad" }, ["title"]);
    expect(next).toEqual({ givenName: "Anna", title: "Bygglovshandläggare", department: "Bygg" });
  });
});
