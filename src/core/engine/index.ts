export * from "./lint";
export * from "./decide";
export * from "./organisation";
