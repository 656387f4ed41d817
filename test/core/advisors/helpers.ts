/** Builders for the diary advisor's tests. */
import { readFileSync, readdirSync } from "node:fs";
import { expect } from "vitest";
import { join } from "node:path";
import { parseEml } from "../../../src/cli/eml";
import {
  advise,
  createMailMessage,
  diaryDataOf,
  mainDiaryAdvice,
  type Advice,
  type AdviseContext,
  type DiaryAdviceData,
  type MailMessage,
  type Profile,
  type Recipient,
} from "../../../src/core";
import { FIXTURES_DIR } from "../../fixture-dirs";
import { profile } from "../helpers";

export const DIARY_DEV_DIR = join(FIXTURES_DIR, "diary-corpus", "dev");

export interface DevLabel {
  readonly profile: string;
  readonly truth: "register" | "ringa" | "unclear";
  readonly urgent: boolean;
  readonly documentType: string | null;
  readonly caseNumbers: readonly { readonly text: string; readonly field: "subject" | "body" }[];
  readonly received: string;
  readonly deadline: { readonly kind: string; readonly due: string | null };
  readonly note: string;
}

export interface DevMail {
  readonly file: string;
  readonly label: DevLabel;
  readonly message: MailMessage;
}

/** The dev half of the blind corpus (never the held-out half: only the benchmark reads that). */
export async function devCorpus(): Promise<DevMail[]> {
  const labels = JSON.parse(readFileSync(join(DIARY_DEV_DIR, "labels.json"), "utf8")) as Record<string, DevLabel>;
  const out: DevMail[] = [];
  for (const file of readdirSync(DIARY_DEV_DIR).filter((f) => f.endsWith(".eml")).sort()) {
    const { message } = await parseEml(readFileSync(join(DIARY_DEV_DIR, file)), "read");
    out.push({ file, label: labels[file] as DevLabel, message });
  }
  return out;
}

export interface MailSpec {
  readonly from?: string;
  readonly fromName?: string;
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
  readonly subject?: string;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly attachments?: readonly string[];
  /** ISO 8601 with an offset; default Wednesday 17 June 2026, 10:00 in Stockholm. */
  readonly receivedAt?: string | null;
}

export function mail(spec: MailSpec): MailMessage {
  const recipients: Recipient[] = [
    ...(spec.to ?? ["kanslihuset@sjobo.se"]).map((address) => ({ field: "to" as const, address })),
    ...(spec.cc ?? []).map((address) => ({ field: "cc" as const, address })),
  ];
  return createMailMessage({
    mode: "read",
    subject: spec.subject ?? "Ärende",
    body: { text: spec.body ?? "" },
    from: { address: spec.from ?? "medborgare@gmail.com", ...(spec.fromName ? { name: spec.fromName } : {}) },
    recipients,
    attachments: (spec.attachments ?? []).map((name) => ({ name, size: 1000 })),
    ...(spec.headers ? { headers: spec.headers } : {}),
    ...(spec.receivedAt === null ? {} : { receivedAt: spec.receivedAt ?? "2026-06-17T10:00:00+02:00" }),
  });
}

export interface Advised {
  readonly advice: readonly Advice[];
  readonly main: Advice;
  readonly data: DiaryAdviceData;
}

/** Advice for a message; the mailbox defaults to the first To address (as the command line does). */
export function diaryAdvice(message: MailMessage, profileId = "sjobo", user: AdviseContext["user"] = {}, p: Profile = profile(profileId)): Advised {
  const mailbox = user.mailbox ?? message.recipients.find((r) => r.field === "to")?.address;
  const report = advise(message, p, { now: Date.parse("2026-12-01T12:00:00Z"), user: { ...user, ...(mailbox ? { mailbox } : {}) } });
  expect(report.failed).toEqual([]);
  const main = mainDiaryAdvice(report.advice);
  if (!main) throw new Error("no diary advice");
  const data = diaryDataOf(main.data);
  if (!data) throw new Error("no diary data");
  return { advice: report.advice, main, data };
}
