/* eslint-env node */
/**
 * Four builds:
 *  - the add-in pages (task pane, and the HTML runtime page for event handlers
 *    on web / new Outlook / Mac), loading office.js from Microsoft's CDN;
 *  - launchevent.js, one self-contained ES2016 file for classic Outlook's
 *    JavaScript-only runtime (no imports, no DOM, no dev-server code);
 *  - dist-cli/postvakt.cjs, the command line (bin/postvakt.js runs it): one
 *    self-contained CommonJS file for Node, its npm dependencies bundled in,
 *    so it runs without node_modules; `--env cli` builds only this one;
 *  - with `--env demo`: the demo (dist-demo/), the same task pane and handlers
 *    inside a simulated mailbox, with office.js from the npm package. The demo
 *    harness under demo/ never enters the production build.
 *
 * The deployment's default profile is chosen at build time:
 *   POSTVAKT_PROFILE=sjobo npm run build   (default: "default")
 * and the public URL the manifest points at with POSTVAKT_URL.
 */
const path = require("node:path");
const { EsbuildPlugin } = require("esbuild-loader");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { registrarManifest } = require("./scripts/registrar-manifest");

const DEV_URL = "https://localhost:3000/";
const PROD_URL = process.env.POSTVAKT_URL || "https://postvakt.example.se/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEMO_OFFICE_JS = "office-js/office.js"; // served by demo/serve.mjs from node_modules

const profileId = process.env.POSTVAKT_PROFILE || "default";
// Optional: the Entra app registration for "Hämta från katalogen" (Graph via nested app auth).
const graphClientId = (process.env.POSTVAKT_GRAPH_CLIENT_ID || "").trim();
// The send path trusts the bundled profile without re-validating it, so an
// unknown id must stop the build rather than ship a send check with no profile.
if (!require("node:fs").existsSync(path.join(__dirname, "src/core/profiles/builtin", `${profileId}.json`))) {
  throw new Error(`POSTVAKT_PROFILE="${profileId}" is not a built-in profile (see src/core/profiles/builtin/)`);
}

/** TypeScript and node_modules JavaScript, both lowered to the given ECMAScript target. */
function scriptRules(target) {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      loader: "esbuild-loader",
      options: { loader: "tsx", target, jsx: "automatic" },
    },
    {
      test: /\.m?js$/,
      include: /node_modules/,
      loader: "esbuild-loader",
      options: { loader: "js", target },
    },
  ];
}

function common(mode, target) {
  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: scriptRules(target) },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        __POSTVAKT_PROFILE__: JSON.stringify(profileId),
        __POSTVAKT_DEMO__: "false",
        __POSTVAKT_GRAPH_CLIENT_ID__: JSON.stringify(graphClientId),
      }),
    ],
  };
}

/** The JavaScript-only runtime file: one chunk, no runtime chunk, no async loading. */
function launchEventConfig(mode, outDir) {
  // Modules are compiled to ES2018 and the whole file is lowered to ES2016 once, at the end: lowering
  // each module itself would give every module its own copy of the object-spread helpers (~6 KB).
  const base = common(mode, "es2018");
  return {
    ...base,
    name: "launchevent",
    devtool: false, // a source map comment is harmless, but the file must stay one self-contained script
    target: ["web", "es2016"],
    entry: { launchevent: "./src/launchevent/launchevent.ts" },
    resolve: { ...base.resolve, alias: noHtmlReader() },
    output: { path: outDir, filename: "[name].js", clean: false, chunkFormat: "array-push" },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimize: true,
      // Lower the whole file to ES2016 (then terser, webpack's own minimizer). The few post-2016
      // built-ins the file calls go first, as a banner, so they exist before anything captures them.
      minimizer: [new EsbuildPlugin({ target: "es2016", minify: false, legalComments: "none", banner: es2016Builtins() }), "..."],
    },
    module: { rules: [...base.module.rules, lexiconWithoutDocumentation(), withoutFindingTexts(), profileForTheSendCheck()] },
    plugins: [...base.plugins, onlyTheDeployedProfile()],
  };
}

/**
 * The send check reads a profile's rules, send policy, signature, domains and
 * the passages its rules cite; the rest (the diary and absence sections, the
 * advisors' passages, the support address) serves the task pane only. The
 * send-time file leaves that out of its copy of the profile (about 1.5 KB a
 * section). A rule's guideline key is its `guideline: "…"` in
 * src/core/rules/<id>/index.ts; test/launchevent/bundle.test.ts checks that
 * every rule's passage is still in the file.
 */
function profileForTheSendCheck() {
  const fs = require("node:fs");
  const rulesDir = path.join(__dirname, "src/core/rules");
  const cited = new Set();
  for (const entry of fs.readdirSync(rulesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const source = fs.readFileSync(path.join(rulesDir, entry.name, "index.ts"), "utf8");
    for (const m of source.matchAll(/\bguideline:\s*"([A-Za-z0-9]+)"/g)) cited.add(m[1]);
  }
  const kept = new Set(["id", "name", "domains", "guidelineDocument", "guidelines", "rules", "send", "signature"]);
  return {
    test: /[\\/]profiles[\\/]builtin[\\/][a-z0-9-]+\.json$/,
    type: "json",
    parser: {
      parse: (text) => {
        const profile = JSON.parse(text);
        if (!profile || typeof profile !== "object") return profile;
        const out = {};
        for (const [key, value] of Object.entries(profile)) if (kept.has(key)) out[key] = value;
        if (out.guidelines) out.guidelines = Object.fromEntries(Object.entries(out.guidelines).filter(([key]) => cited.has(key)));
        return out;
      },
    },
  };
}

/** src/launchevent/es2016-builtins.ts as a plain script, for the top of the send-time file. */
function es2016Builtins() {
  const source = require("node:fs").readFileSync(path.join(__dirname, "src/launchevent/es2016-builtins.ts"), "utf8");
  return require("esbuild").transformSync(source, { loader: "ts", target: "es2016", format: "iife" }).code;
}

/**
 * No HTML reader in the send-time file: the send check reads Outlook's text
 * body (src/launchevent/no-html.ts says why); the tokenizer, the projection
 * and the character-reference tables stay in the task pane and the command
 * line. test/launchevent/bundle.test.ts checks they are not in the file.
 */
function noHtmlReader() {
  const stub = path.resolve(__dirname, "src/launchevent/no-html.ts");
  const html = (name) => `${path.resolve(__dirname, "src/core/text/html", name)}$`;
  const signature = (name) => `${path.resolve(__dirname, "src/core/signature", name)}$`;
  return { [html("projection")]: stub, [html("tokenizer")]: stub, [signature("region-html")]: stub, [signature("inspect-html")]: stub };
}

/**
 * The sensitive-content lexicon's documentation fields (`note`, `legal`,
 * `$comment`; they feed docs/detection.md) are not read by the detector:
 * the send-time file leaves them out, about 4 KB of its budget.
 */
function lexiconWithoutDocumentation() {
  const documentation = new Set(["note", "legal", "$comment"]);
  return {
    test: /[\\/]lexicon[\\/][^\\/]+\.json$/,
    type: "json",
    parser: { parse: (text) => JSON.parse(text, (key, value) => (documentation.has(key) ? undefined : value)) },
  };
}

/**
 * A rule's texts (`src/core/rules/<id>/texts.json`: its description and its
 * finding messages) are what the task pane shows; the Send dialog speaks only
 * from the rules' `meta.send` words, so the send-time file leaves them out (a
 * finding's message there is its message id, a failed rule is named by its id).
 */
function withoutFindingTexts() {
  return { test: /[\\/]rules[\\/][^\\/]+[\\/]texts\.json$/, type: "json", parser: { parse: () => ({ messages: {} }) } };
}

/**
 * The send-time file carries only the deployment's own built-in profile; the
 * others would be dead weight against its 100 KB budget. Looking one of them
 * up in this file gets `null`, which the profile validation reports as an
 * invalid profile. (The demo replaces these plugins and keeps all profiles.)
 */
function onlyTheDeployedProfile() {
  return new webpack.NormalModuleReplacementPlugin(/[\\/]builtin[\\/][a-z0-9-]+\.json$/, (resource) => {
    if (path.basename(resource.request, ".json") !== profileId) {
      resource.request = path.resolve(__dirname, "src/launchevent/profile-not-deployed.json");
    }
  });
}

function addinConfig(mode, httpsOptions) {
  const dev = mode === "development";
  const base = common(mode, "es2020");
  return {
    ...base,
    name: "addin",
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: { keep: /launchevent\.js$/ } },
    plugins: [
      ...base.plugins,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl: OFFICE_JS_CDN, extraHead: "" },
      }),
      new HtmlWebpackPlugin({
        filename: "launchevent.html",
        template: "./src/launchevent/launchevent.html",
        chunks: [],
        inject: false,
        templateParameters: { officeJsUrl: OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(PROD_URL)),
          },
          // The registrar edition (item multi-select needs the read/write mailbox permission): scripts/registrar-manifest.js.
          {
            from: "manifest.xml",
            to: "manifest-registrar.xml",
            transform: (content) => {
              const xml = registrarManifest(content);
              return dev ? xml : xml.split(DEV_URL).join(PROD_URL);
            },
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      // No client or hot-reload code: it would break the JavaScript-only runtime.
      hot: false,
      liveReload: false,
      client: false,
      server: { type: "https", options: httpsOptions },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
}

/** The demo: same task pane and handlers, plus the simulated-mailbox harness from demo/. */
function demoConfig(mode) {
  const base = common(mode, "es2020");
  const outDir = path.resolve(__dirname, "dist-demo");
  const define = new webpack.DefinePlugin({
    __POSTVAKT_PROFILE__: JSON.stringify(profileId),
    __POSTVAKT_DEMO__: "true",
    __POSTVAKT_GRAPH_CLIENT_ID__: JSON.stringify(graphClientId),
  });
  return [
    {
      ...base,
      name: "demo",
      target: ["web", "es2020"],
      entry: {
        taskpane: "./src/taskpane/index.tsx",
        demo: "./demo/host/index.tsx",
        "demo-office-shim": "./demo/office-shim.ts",
      },
      output: { path: outDir, filename: "[name].js", clean: { keep: /launchevent\.js$/ } },
      plugins: [
        define,
        new HtmlWebpackPlugin({
          filename: "taskpane.html",
          template: "./src/taskpane/taskpane.html",
          chunks: ["taskpane"],
          // The shim runs after office.js and before the task pane: it gives
          // Office.context the simulated mailbox of the host page around it.
          templateParameters: {
            officeJsUrl: DEMO_OFFICE_JS,
            extraHead: '<script src="demo-office-shim.js"></script>',
          },
        }),
        new HtmlWebpackPlugin({
          filename: "index.html",
          template: "./demo/host/index.html",
          chunks: ["demo"],
          templateParameters: { officeJsUrl: DEMO_OFFICE_JS },
        }),
        new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
      ],
    },
    { ...launchEventConfig(mode, outDir), plugins: [define] },
  ];
}

/**
 * The command line for Node: src/cli/bin.ts and everything it imports (the
 * core, zod, postal-mime) in one CommonJS file, only Node's built-in modules
 * left outside. Not minified, so a stack trace stays readable; the licences
 * of the bundled packages go beside it in postvakt.cjs.LICENSES.txt.
 */
function cliConfig(mode) {
  return {
    mode,
    name: "cli",
    devtool: false,
    target: "node20.19",
    entry: { postvakt: "./src/cli/bin.ts" },
    output: { path: path.resolve(__dirname, "dist-cli"), filename: "[name].cjs", chunkFormat: "commonjs", clean: true },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: { rules: scriptRules("node20") },
    optimization: { minimize: false, splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }), new BundledLicences("postvakt.cjs.LICENSES.txt")],
  };
}

/** Emits the name, version, licence and licence text of every npm package bundled into the compilation. */
class BundledLicences {
  constructor(filename) {
    this.filename = filename;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundledLicences", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BundledLicences", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const roots = new Set();
        for (const module of compilation.modules) {
          const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(module.resource || "");
          if (match) roots.add(match[1]);
        }
        const fs = require("node:fs");
        const sections = [...roots].sort().map((root) => {
          const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
          const file = fs.readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
          const text = file ? fs.readFileSync(path.join(root, file), "utf8").trim() : `(no licence file in the package; package.json says ${pkg.license})`;
          return `${pkg.name} ${pkg.version} (${pkg.license})\n\n${text}\n`;
        });
        const head = "Third-party packages bundled into postvakt.cjs, with their licences.\n";
        compilation.emitAsset(this.filename, new webpack.sources.RawSource([head, ...sections].join(`\n${"-".repeat(72)}\n\n`)));
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  if (env.demo) return demoConfig(mode);
  if (env.cli) return cliConfig(mode);
  // Outlook loads add-ins over https only; the dev server uses the trusted
  // localhost certificate that office-addin-dev-certs installs.
  if (process.env.WEBPACK_SERVE) {
    const httpsOptions = await require("office-addin-dev-certs").getHttpsServerOptions();
    return [addinConfig(mode, httpsOptions), launchEventConfig(mode, path.resolve(__dirname, "dist"))];
  }
  return [addinConfig(mode, undefined), launchEventConfig(mode, path.resolve(__dirname, "dist")), cliConfig(mode)];
};
