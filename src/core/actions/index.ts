export * from "./types";
export { actionOfType } from "./find";
