export * from "./types";
export * from "./advise";
export { ADVISORS, findAdvisor } from "./registry";
