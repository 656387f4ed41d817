/**
 * The send-time file's stand-in for the HTML reader (src/core/text/html/
 * projection and tokenizer, src/core/signature/region-html and inspect-html): webpack.config.js points those modules here for
 * dist/launchevent.js only. The send check reads Outlook's own text body,
 * which holds everything that shows a personnummer or sensitive words going
 * outside; what only the HTML shows (images and coloured backgrounds in a
 * signature, pasted pictures) the task pane checks. The reader and its
 * character-reference table are about a sixth of the file's 100 KiB budget.
 * The handlers never read the HTML body, so these are never called; were
 * one called, it throws, and the engine reports the check as incomplete.
 */
function notInTheSendCheck(): never {
  throw new Error("the send-time file reads no HTML");
}

export const projectHtml = notInTheSendCheck;
export const tokenize = notInTheSendCheck;
export const readStartTagAt = notInTheSendCheck;
export const locateSignatureInHtml = notInTheSendCheck;
export const findImages = notInTheSendCheck;
export const findColouredBackgrounds = notInTheSendCheck;
export const isColouredBackground = notInTheSendCheck;
