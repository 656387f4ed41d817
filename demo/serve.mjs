/**
 * A small static server for the demo (dist-demo/), with no dependencies
 * beyond Node: `node demo/serve.mjs [port]`. /office-js/* is served from the
 * real office.js in node_modules/@microsoft/office-js/dist/.
 *
 * startServer() is exported for the browser tests (port 0 = a free port).
 */
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SITE = path.join(ROOT, "dist-demo");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
};

/** Maps a URL path to a file under one of the two roots, refusing anything that climbs out. */
function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const [root, rest] = decoded.startsWith("/office-js/") ? [OFFICE_JS, decoded.slice("/office-js/".length)] : [SITE, decoded];
  const file = path.resolve(root, `.${path.posix.normalize(`/${rest}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  return file;
}

async function handle(request, response) {
  const url = new URL(request.url ?? "/", "http://localhost");
  let file = resolveFile(url.pathname === "/" ? "/index.html" : url.pathname);
  if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
    response.writeHead(file ? 405 : 400).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
    const body = await readFile(file);
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    response.end(request.method === "HEAD" ? undefined : body);
  } catch {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
  }
}

/**
 * Starts the server on `port` (0: any free port) and resolves with its URL
 * and a close function. Falls back to a free port when the one asked for is taken.
 */
export function startServer(port = 0, host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    const listen = (p) => server.listen(p, host);
    server.on("error", (error) => {
      if (error.code === "EADDRINUSE" && port !== 0) {
        port = 0;
        listen(0);
      } else reject(error);
    });
    server.on("listening", () => {
      const address = server.address();
      const shownHost = host === "127.0.0.1" ? "localhost" : host;
      resolve({
        url: `http://${shownHost}:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    listen(port);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const wanted = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  try {
    await stat(path.join(SITE, "index.html"));
  } catch {
    console.error("dist-demo/ is missing: build it first with `npx webpack --mode development --env demo` (npm run demo does both).");
    process.exit(1);
  }
  const { url } = await startServer(wanted);
  console.log(`Postvakt demo: ${url}`);
  console.log("Stop with Ctrl+C.");
}
