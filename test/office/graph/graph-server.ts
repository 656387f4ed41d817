/**
 * A real HTTP server on 127.0.0.1 that answers as Microsoft Graph documents
 * (https://learn.microsoft.com/graph/errors): JSON payloads, and errors as
 * `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`.
 * Tests point the client's baseUrl at it and use the real global fetch, so
 * the exact request (method, path, query, headers, body) is what went over
 * the wire.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createGraphClient, GraphError, type GraphClient, type GraphClientOptions } from "../../../src/office/graph/client";

export interface RecordedRequest {
  readonly method: string;
  /** The path under the base, e.g. "/me" (the "/v1.0" prefix taken off). */
  readonly path: string;
  /** The query as sent, undecoded. */
  readonly rawQuery: string;
  /** The query decoded, one value per name. */
  readonly query: Record<string, string>;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export type Answer =
  | { readonly status: number; readonly json?: unknown; readonly headers?: Record<string, string> }
  | { readonly status: number; readonly text: string; readonly contentType: string }
  /** Never answers. */
  | "hang"
  /** Sends the status and headers, then never finishes the body. */
  | "stallBody";

export type Handler = (request: RecordedRequest) => Answer;

export interface GraphServer {
  readonly origin: string;
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Answers every request with this from now on. */
  answer(handler: Handler): void;
  /** Answers the next requests with these, in order (the last one repeats). */
  answerInTurn(...answers: Answer[]): void;
  close(): Promise<void>;
}

/** Graph's documented error body. */
export function graphError(code: string, message: string) {
  return {
    error: {
      code,
      message,
      innerError: { date: "2026-11-22T08:00:00", "request-id": "0a1b2c3d-0000-4000-8000-000000000000", "client-request-id": "0a1b2c3d-0000-4000-8000-000000000001" },
    },
  };
}

/** The error each status comes with in Graph's documentation. */
export const DOCUMENTED_ERRORS: Readonly<Record<number, { code: string; message: string }>> = {
  400: { code: "BadRequest", message: "Invalid request: Anna Andersson 781121-2393." },
  401: { code: "InvalidAuthenticationToken", message: "Access token is empty." },
  403: { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." },
  404: { code: "ResourceNotFound", message: "Resource could not be discovered." },
  429: { code: "TooManyRequests", message: "Too many requests." },
  500: { code: "InternalServerError", message: "Internal server error." },
  503: { code: "serviceNotAvailable", message: "Service unavailable." },
  504: { code: "UnknownError", message: "Gateway timeout." },
};

export function errorAnswer(status: number, headers?: Record<string, string>): Answer {
  const documented = DOCUMENTED_ERRORS[status] ?? { code: "UnknownError", message: "Unknown error." };
  return { status, json: graphError(documented.code, documented.message), ...(headers ? { headers } : {}) };
}

function reply(res: ServerResponse, answer: Answer): void {
  if (answer === "hang") return;
  if (answer === "stallBody") {
    res.writeHead(200, { "content-type": "application/json" });
    res.write('{"value": [');
    return;
  }
  if ("text" in answer) {
    res.writeHead(answer.status, { "content-type": answer.contentType });
    res.end(answer.text);
    return;
  }
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.json === undefined) {
    res.writeHead(answer.status, headers);
    res.end();
    return;
  }
  res.writeHead(answer.status, { "content-type": "application/json; odata.metadata=minimal", ...headers });
  res.end(JSON.stringify(answer.json));
}

/**
 * One server for the test file: started before its tests, closed after them,
 * its request log emptied before each test. The object stands for the server
 * from the first test on.
 */
export function useGraphServer(): GraphServer {
  let started: GraphServer | undefined;
  const current = (): GraphServer => {
    if (!started) throw new Error("The Graph server starts in beforeAll; use it inside a test.");
    return started;
  };
  beforeAll(async () => {
    started = await startGraphServer();
  });
  afterAll(() => started?.close());
  beforeEach(() => {
    if (started) started.requests.length = 0;
  });
  return {
    get origin() {
      return current().origin;
    },
    get baseUrl() {
      return current().baseUrl;
    },
    get requests() {
      return current().requests;
    },
    answer: (handler) => current().answer(handler),
    answerInTurn: (...answers) => current().answerInTurn(...answers),
    close: () => current().close(),
  };
}

export async function startGraphServer(): Promise<GraphServer> {
  const requests: RecordedRequest[] = [];
  let handler: Handler = () => ({ status: 500, json: graphError("NoHandler", "The test set no answer.") });
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawUrl = req.url ?? "/";
      const question = rawUrl.indexOf("?");
      const rawPath = question === -1 ? rawUrl : rawUrl.slice(0, question);
      const rawQuery = question === -1 ? "" : rawUrl.slice(question + 1);
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        path: rawPath.replace(/^\/v1\.0/, ""),
        rawQuery,
        query: Object.fromEntries(new URLSearchParams(rawQuery)),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      reply(res, handler(recorded));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: `${origin}/v1.0`,
    requests,
    answer(next) {
      handler = next;
    },
    answerInTurn(...answers) {
      let turn = 0;
      handler = () => answers[Math.min(turn++, answers.length - 1)]!;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: a server was there and is gone (connection refused, as offline). */
export async function refusedBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1.0`;
}

/** A token source that records the scopes of each request and gives a token naming them. */
export function recordingTokens() {
  const asked: string[][] = [];
  const tokenFor = async (scopes: readonly string[]) => {
    asked.push([...scopes]);
    return `token-for ${scopes.join(" ")}`;
  };
  return { asked, tokenFor };
}

/** A client against the server with the real fetch, a sleep that records instead of waiting, and recorded tokens. */
export function clientFor(server: { baseUrl: string }, options: Partial<GraphClientOptions> = {}) {
  const tokens = recordingTokens();
  const sleeps: number[] = [];
  const graph: GraphClient = createGraphClient({
    tokenFor: tokens.tokenFor,
    fetchImpl: fetch,
    baseUrl: server.baseUrl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { graph, asked: tokens.asked, sleeps };
}

/** The GraphError kind a promise rejects with ("resolved" or "other" otherwise). */
export async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof GraphError ? error.kind : "other";
  }
}

/** The rejection itself. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
