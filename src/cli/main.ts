/**
 * postvakt: the policy core on the command line.
 *
 *   postvakt detect FILE...                 one JSON line per file with every match
 *   postvakt check FILE.eml --profile ID    the full rule set; exit 1 on an error finding
 *   postvakt advise FILE.eml... --profile ID [--mailbox ADDRESS] [--json]
 *                                           the diary advisor on received mail (src/cli/advise.ts)
 *   postvakt absence FILE.txt... --profile ID [--json]
 *                                           the automatic-reply check: missing parts and warnings;
 *                                           exit 1 when a text lacks a part or has a warning
 *
 * Exit status 2 with a sentence on stderr for a file that cannot be read or
 * parsed, an unknown or invalid profile, or bad usage. No message content is
 * printed except offsets, kinds and redacted excerpts.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { checkAbsenceMessage } from "../core/absence/check";
import { DEFAULT_DETECTORS } from "../core/detectors";
import type { DetectorMatch } from "../core/detectors/types";
import { instantMs } from "../core/calendar/stockholm";
import { lint } from "../core/engine/lint";
import type { Locale } from "../core/i18n/locale";
import type { Finding } from "../core/model";
import { loadBuiltinProfile, parseProfile, type ProfileResult } from "../core/profiles";
import { adviceJson, adviceSummary, adviseMail } from "./advise";
import { parseEml } from "./eml";

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage:
  postvakt detect FILE...                      identity numbers, mobile numbers and sensitive terms, one JSON line per file
  postvakt check FILE.eml --profile ID|FILE    all rules on a mail file; exit 1 on an error finding
  postvakt advise FILE.eml... --profile ID|FILE [--mailbox ADDRESS] [--json]
                                               register, ask the registrar, or ringa betydelse? With the deadline and case numbers
  postvakt absence FILE.txt... --profile ID|FILE  the automatic-reply check: missing parts and warnings, one line per file
Options for check: --json (findings as JSON), --lang sv|en, --read (check as a received message),
  --now ISO (the instant of the check, e.g. 2026-06-13T10:00:00+02:00; default: the file's Date header, else the clock)
Options for advise: --mailbox (the receiving mailbox; default the first To address), --json (one JSON line per file)
Options for absence: --json (one JSON object per file and line), --lang sv|en (the warnings' text)`;

class UsageError extends Error {}

function readFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "the file does not exist" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : "it cannot be read";
    throw new Error(`${file}: cannot read the file (${why}).`);
  }
}

/** A .eml file parsed, or an Error whose message is the sentence to print (an empty file says so). */
export async function readEml(file: string, mode: "compose" | "read" = "compose"): Promise<Awaited<ReturnType<typeof parseEml>>> {
  const bytes = readFile(file);
  if (bytes.toString("utf8").trim() === "") throw new Error(`${file}: the file is empty.`);
  try {
    return await parseEml(bytes, mode);
  } catch {
    throw new Error(`${file}: not a readable e-mail (.eml) file.`);
  }
}

async function textOf(file: string): Promise<string> {
  if (extname(file).toLowerCase() === ".eml") return (await readEml(file)).text;
  return readFile(file).toString("utf8");
}

function detectAll(text: string): DetectorMatch[] {
  const matches = [
    ...DEFAULT_DETECTORS.identityNumbers.detect(text),
    ...DEFAULT_DETECTORS.mobileNumbers.detect(text),
    ...DEFAULT_DETECTORS.sensitiveTerms.detect(text),
  ];
  return matches.sort((a, b) => a.start - b.start || a.end - b.end);
}

async function detect(files: readonly string[], io: CliIO): Promise<number> {
  if (files.length === 0) throw new UsageError("detect needs at least one file.");
  let status = 0;
  for (const file of files) {
    try {
      const text = await textOf(file);
      const matches = detectAll(text).map((m) => ({ detector: m.detector, kind: m.kind, start: m.start, end: m.end, confidence: m.confidence }));
      io.out(JSON.stringify({ file, matches }));
    } catch (error) {
      io.err(`postvakt: ${(error as Error).message}`);
      status = 2;
    }
  }
  return status;
}

function loadProfile(idOrPath: string): ProfileResult {
  if (/^[a-z0-9-]+$/.test(idOrPath)) return loadBuiltinProfile(idOrPath);
  let text: string;
  try {
    text = readFileSync(idOrPath, "utf8");
  } catch {
    return { ok: false, problems: [{ path: "(file)", message: `cannot read the profile file ${idOrPath}` }] };
  }
  return parseProfile(text);
}

function formatFinding(f: Finding): string {
  const where = f.range ? `${f.field} ${f.range.start}-${f.range.end}` : f.field;
  const quoted = f.inQuotedHistory ? " [quoted history]" : "";
  const cite = f.guideline ? `\n    ${f.guideline.document}${f.guideline.section ? `, ${f.guideline.section}` : ""}: "${f.guideline.quote}"` : "";
  return `${f.severity.padEnd(7)} ${f.ruleId} (${where})${quoted}: ${f.message}${cite}`;
}

async function check(args: readonly string[], io: CliIO): Promise<number> {
  const files: string[] = [];
  let profileArg: string | undefined;
  let json = false;
  let locale: Locale = "sv";
  let mode: "compose" | "read" = "compose";
  let nowArg: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--profile") profileArg = args[++i];
    else if (arg === "--now") nowArg = args[++i] ?? "";
    else if (arg.startsWith("--now=")) nowArg = arg.slice("--now=".length);
    else if (arg.startsWith("--profile=")) profileArg = arg.slice("--profile=".length);
    else if (arg === "--json") json = true;
    else if (arg === "--read") mode = "read";
    else if (arg === "--lang") {
      const value = args[++i];
      if (value !== "sv" && value !== "en") throw new UsageError("--lang takes sv or en.");
      locale = value;
    } else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}.`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError("check takes exactly one .eml file.");
  if (!profileArg) throw new UsageError("check needs --profile (a built-in id such as sjobo, or a profile JSON file).");
  let given: number | undefined;
  if (nowArg !== undefined) {
    try {
      given = instantMs(nowArg);
    } catch {
      throw new UsageError(`--now takes an ISO 8601 instant with its offset, such as 2026-06-13T10:00:00+02:00 (got "${nowArg}").`);
    }
  }
  const profile = loadProfile(profileArg);
  if (!profile.ok) {
    io.err(`postvakt: the profile "${profileArg}" cannot be used:`);
    for (const p of profile.problems) io.err(`  ${p.path}: ${p.message}`);
    return 2;
  }
  const file = files[0] as string;
  let parsed;
  try {
    parsed = await readEml(file, mode);
  } catch (error) {
    io.err(`postvakt: ${(error as Error).message}`);
    return 2;
  }
  // The instant of the check (officeHours): --now, else when the file says it was written, else now.
  const now = given ?? parsed.date ?? Date.now();
  const report = lint(parsed.message, profile.profile, { locale, now, ...(parsed.message.from ? { user: { email: parsed.message.from.address } } : {}) });
  if (json) {
    io.out(JSON.stringify({ file, profile: profile.profile.id, now: new Date(now).toISOString(), findings: report.findings, checked: report.checked }));
  } else {
    io.out(`${file}: ${report.findings.length} finding(s), profile ${profile.profile.id}, ${report.checked.recipients} recipient(s) (${report.checked.externalRecipients} external)`);
    for (const f of report.findings) io.out(formatFinding(f));
  }
  return report.findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** A reply text: UTF-8 (.txt), or the text body of an .eml file. */
async function replyTextOf(file: string): Promise<string> {
  if (extname(file).toLowerCase() === ".eml") return textOf(file);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(readFile(file)).replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof TypeError) throw new Error(`${file}: not UTF-8 text (save it as UTF-8 and try again).`);
    throw error;
  }
}

async function absence(args: readonly string[], io: CliIO): Promise<number> {
  const files: string[] = [];
  let profileArg: string | undefined;
  let json = false;
  let locale: Locale = "sv";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--profile") profileArg = args[++i];
    else if (arg.startsWith("--profile=")) profileArg = arg.slice("--profile=".length);
    else if (arg === "--json") json = true;
    else if (arg === "--lang") {
      const value = args[++i];
      if (value !== "sv" && value !== "en") throw new UsageError("--lang takes sv or en.");
      locale = value;
    } else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}.`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError("absence needs at least one file.");
  if (!profileArg) throw new UsageError("absence needs --profile (a built-in id such as sjobo, or a profile JSON file).");
  const profile = loadProfile(profileArg);
  if (!profile.ok) {
    io.err(`postvakt: the profile "${profileArg}" cannot be used:`);
    for (const p of profile.problems) io.err(`  ${p.path}: ${p.message}`);
    return 2;
  }
  let unreadable = false;
  let incomplete = false;
  for (const file of files) {
    let text: string;
    try {
      text = await replyTextOf(file);
    } catch (error) {
      io.err(`postvakt: ${(error as Error).message}`);
      unreadable = true;
      continue;
    }
    const check = checkAbsenceMessage(text, profile.profile, { locale });
    if (check.missing.length > 0 || check.warnings.length > 0) incomplete = true;
    if (json) {
      io.out(JSON.stringify({ file, missing: check.missing, warnings: check.warnings.map((w) => ({ code: w.code, text: w.text })) }));
      continue;
    }
    io.out(`${file}: ${check.missing.length > 0 ? `missing ${check.missing.join(", ")}` : "complete"}${check.warnings.length > 0 ? `; ${check.warnings.length} warning(s)` : ""}`);
    for (const w of check.warnings) io.out(`  ${w.code}: ${w.text}`);
    if (check.beyondMailTip.length > 0) io.out(`  beyond the first 250 characters (the MailTip colleagues see): ${check.beyondMailTip.join(", ")}`);
  }
  return unreadable ? 2 : incomplete ? 1 : 0;
}

async function adviseCommand(args: readonly string[], io: CliIO): Promise<number> {
  const files: string[] = [];
  let profileArg: string | undefined;
  let mailbox: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--profile") profileArg = args[++i];
    else if (arg.startsWith("--profile=")) profileArg = arg.slice("--profile=".length);
    else if (arg === "--mailbox") mailbox = args[++i];
    else if (arg.startsWith("--mailbox=")) mailbox = arg.slice("--mailbox=".length);
    else if (arg === "--json") json = true;
    else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}.`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError("advise needs at least one .eml file.");
  if (!profileArg) throw new UsageError("advise needs --profile (a built-in id such as sjobo, or a profile JSON file).");
  if (mailbox !== undefined && !/^[^\s@]+@[^\s@]+$/.test(mailbox)) throw new UsageError("--mailbox takes an e-mail address such as registrator@sjobo.se.");
  const profile = loadProfile(profileArg);
  if (!profile.ok) {
    io.err(`postvakt: the profile "${profileArg}" cannot be used:`);
    for (const p of profile.problems) io.err(`  ${p.path}: ${p.message}`);
    return 2;
  }
  if (!profile.profile.diary) {
    io.err(`postvakt: the profile "${profileArg}" has no diary section, so it gives no diary advice.`);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const bytes = readFile(file);
      let message;
      try {
        message = (await parseEml(bytes, "read")).message;
      } catch {
        throw new Error(`${file}: not a readable e-mail (.eml) file.`);
      }
      const data = adviseMail(message, profile.profile, { now: Date.now(), ...(mailbox ? { mailbox } : {}) });
      if (json) io.out(adviceJson(file, data));
      else for (const line of adviceSummary(file, data)) io.out(line);
    } catch (error) {
      io.err(`postvakt: ${(error as Error).message}`);
      status = 2;
    }
  }
  return status;
}

/** Runs the command line; resolves to the exit status. Never throws. */
export async function main(argv: readonly string[], io: CliIO = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "detect") return await detect(rest, io);
    if (command === "check") return await check(rest, io);
    if (command === "advise") return await adviseCommand(rest, io);
    if (command === "absence") return await absence(rest, io);
    if (command === "--help" || command === "-h" || command === "help") {
      io.out(USAGE);
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}".` : "no command given.");
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`postvakt: ${error.message}\n${USAGE}`);
    } else {
      io.err(`postvakt: ${(error as Error).message}`);
    }
    return 2;
  }
}
