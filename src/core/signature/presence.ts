/**
 * Is this signature already in the body? The insert button and the compose
 * handler ask before inserting, so a signature is never added twice (replies
 * and forwards included: the quoted history below does not count).
 */
import { quotedHistoryStart } from "../text/quoted";
import type { RenderedSignature } from "./render";

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, " ").trim();
}

/**
 * True when every line of the rendered signature, greeting aside, appears in
 * order in the writer's own text (the body as plain text).
 */
export function containsSignature(bodyText: string, signature: Pick<RenderedSignature, "lines">, greeting?: string): boolean {
  const own = squash(bodyText.slice(0, quotedHistoryStart(bodyText)));
  const lines = signature.lines.filter((line) => line !== greeting).map(squash).filter((line) => line !== "");
  if (lines.length === 0) return false;
  let from = 0;
  for (const line of lines) {
    const at = own.indexOf(line, from);
    if (at < 0) return false;
    from = at + line.length;
  }
  return true;
}
