/**
 * HTML to plain text without a DOM, for .eml files and the command line:
 * what a reader sees, line by line (src/core/text/html/projection.ts). The
 * Office adapter gets the text from Outlook itself; this is for where there
 * is no Outlook.
 */
import { projectHtml } from "./html/projection";

export function htmlToText(html: string): string {
  return projectHtml(html)
    .text.split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .trim();
}
