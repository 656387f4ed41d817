/** The policy core: pure TypeScript that runs in the task pane, the send handler, Node and tests. */
export * from "./model";
export * from "./engine";
export * from "./i18n";
export * from "./profiles";
export * from "./detectors";
export type { Rule, RuleContext, RuleMeta, RuleReport } from "./rules/types";
export { RULES, findRule } from "./rules/registry";
export { redactIdentityNumber, maskIdentityNumber } from "./text/redact";
