/** The policy core: pure TypeScript that runs in the task pane, the send handler, Node and tests. */
export * from "./model";
export * from "./engine";
export * from "./i18n";
export * from "./profiles";
export * from "./detectors";
export type { AnyRule, LintUser, Rule, RuleCategory, RuleContext, RuleLevel, RuleMeta, RuleReport, RuleSendTexts } from "./rules/types";
export { defineRule } from "./rules/types";
export { RULES, findRule } from "./rules/registry";
export { DEFAULT_SECURE_CHANNEL, secureChannelOf, sendTextData } from "./rules/send-data";
export * from "./actions";
export * from "./advisors";
export {
  diaryAdvisor,
  mainDiaryAdvice,
  diaryDataOf,
  caseNumbersOf,
  diaryDeadline,
  DIARY_ADVISOR_ID,
  DIARY_DOCUMENT_TYPES,
  DOCUMENT_TYPE_NAMES,
  handlingWords,
  VERDICT_TITLES,
  verdictTitle,
  listedAsRegistrar,
  batchActions,
  batchCoverNote,
  positionsInWords,
  urgentPositions,
  redactIdentityNumbersIn,
  type BatchItem,
  type DiaryAdviceData,
  type DiaryRegistration,
  type DiaryCaseNumber,
  type DiaryField,
  type DiaryVerdict,
  type DiaryDocumentType,
} from "./advisors/diary";
export { redactIdentityNumber, maskIdentityNumber, type MaskExtent } from "./text/redact";
export { asciiDigits } from "./text/number-chars";
export { maskIdentityNumbersInHtml, maskIdentityNumbersInText, type NumberFinder, type MaskHtmlResult } from "./text/mask-html";
export { htmlToText } from "./text/html-to-text";
export { projectHtml, type HtmlProjection, type ProjectedTag, type ProjectedEndTag, type ProjectionOptions } from "./text/html/projection";
export { tokenize, readStartTagAt, type StartTag, type TokenSink, type ContentModel } from "./text/html/tokenizer";
export { decodeCharacterReferences, decodeReferenceAt } from "./text/html/entities";
export { findQuotedHistory, blankOut, quotedHistoryStart, htmlQuotedHistoryStart } from "./text/quoted";
export { SENSITIVE_LEXICON, LEXICON_CATEGORY_LABELS, type LexiconEntry, type LexiconCategory } from "./lexicon";
export * from "./signature";
export * from "./calendar";
export { createCaseNumberDetector, findCaseNumbers, DEFAULT_CASE_NUMBER_PREFIXES, type CaseNumberMatch, type CaseNumberOptions, type CaseNumberDetector } from "./detectors/case-number";
export * from "./absence";
