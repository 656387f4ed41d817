export * from "./types";
export { actionOfType } from "./find";
export { falseAlarmAction, maskAllAction } from "./review-actions";
