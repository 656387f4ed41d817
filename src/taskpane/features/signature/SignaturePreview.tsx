/**
 * The rendered signature as the receiver will see it. The core's HTML is
 * escaped already; it is still shown in a sandboxed iframe (no scripts, no
 * same origin) whose content security policy loads nothing from outside,
 * so even a bug in escaping could neither run code nor fetch a picture.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";

const useStyles = makeStyles({
  frame: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    // The preview is a piece of a message: white paper, as most mail is read.
    backgroundColor: "#ffffff",
  },
});

/** A self-contained page around the signature: the mail program's usual default font, nothing remote. */
export function previewDocument(signatureHtml: string, lang: string): string {
  return [
    "<!doctype html>",
    `<html lang="${lang === "en" ? "en" : "sv"}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    "<style>html,body{margin:0;background:#fff;color:#000}body{padding:10px 12px;font-family:Calibri,Aptos,Arial,sans-serif;font-size:11pt;line-height:1.35}</style>",
    `</head><body>${signatureHtml}</body></html>`,
  ].join("");
}

/** Room for this many lines of 11 pt text plus the padding: the sandboxed frame cannot be measured from outside. */
function frameHeight(lineCount: number): string {
  return `${Math.max(3, Math.min(lineCount, 16)) * 21 + 26}px`;
}

export function SignaturePreview({ html, lineCount, title, lang }: { html: string; lineCount: number; title: string; lang: string }) {
  const styles = useStyles();
  const srcDoc = useMemo(() => previewDocument(html, lang), [html, lang]);
  return <iframe className={styles.frame} style={{ height: frameHeight(lineCount) }} title={title} sandbox="" srcDoc={srcDoc} data-testid="signature-preview" />;
}
