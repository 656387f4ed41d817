/** The policy core: pure TypeScript that runs in the task pane, the send handler, Node and tests. */
export * from "./model";
export * from "./engine";
export * from "./i18n";
export * from "./profiles";
export * from "./detectors";
export type { Rule, RuleContext, RuleMeta, RuleReport } from "./rules/types";
export { RULES, findRule } from "./rules/registry";
export { redactIdentityNumber, maskIdentityNumber } from "./text/redact";
export { maskIdentityNumbersInHtml, maskIdentityNumbersInText, type NumberFinder, type MaskHtmlResult } from "./text/mask-html";
export { htmlToText } from "./text/html-to-text";
export { projectHtml, type HtmlProjection, type ProjectedTag, type ProjectedEndTag, type ProjectionOptions } from "./text/html/projection";
export { tokenize, readStartTagAt, type StartTag, type TokenSink, type ContentModel } from "./text/html/tokenizer";
export { decodeCharacterReferences, decodeReferenceAt } from "./text/html/entities";
export { findQuotedHistory, blankOut, quotedHistoryStart, htmlQuotedHistoryStart } from "./text/quoted";
export { SENSITIVE_LEXICON, LEXICON_CATEGORY_LABELS, type LexiconEntry, type LexiconCategory } from "./lexicon";
export { withOwnMobileNumbers } from "./rules/colleague-mobile";
export * from "./signature";
