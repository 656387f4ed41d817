/**
 * The absence assistant's core: the reply written from the kommun's template,
 * the return day, the check on any reply text, the mailbox arrangements, and
 * what saving asks of Graph. Pure: the clock and the mailbox's facts come in
 * as arguments.
 */
export * from "./types";
export * from "./period";
export {
  renderAbsenceTexts,
  absenceReplyText,
  periodWords,
  returnWords,
  contactWords,
  forwardingAddress,
  internationalPhone,
  kindOf,
} from "./template";
export * from "./check";
export * from "./arrangements";
export * from "./graph";
export * from "./reminder";
export * from "./plan";
export { findHealthDetails, HEALTH_TERMS } from "./health";
export { findDates, type DateMention, type DateRole } from "./dates";
export { findReaches, signatureStart, type Reach, type ReachKind, type ReachOwner } from "./reach";
export {
  ABSENCE_PLACEHOLDERS,
  type AbsenceProfile,
  type AbsenceKindConfig,
  type AbsenceTemplate,
  type FunctionMailbox,
  type AbsenceRequirements,
  type AbsencePlaceholder,
} from "../profiles/absence-schema";
