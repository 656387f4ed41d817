/**
 * Ports: the interfaces between the task pane's features and the Office
 * adapter, and their one failure vocabulary. Both sides import them from
 * here, so neither imports the other (core <- ports <- office, taskpane).
 */
export * from "./failure";
export * from "./environment";
export * from "./review";
export * from "./actions";
export * from "./signature";
export * from "./diary";
export * from "./absence";
export * from "./selection";
