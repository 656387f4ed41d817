/** The only folder that touches `Office.*`. */
export * from "./async";
export * from "./read-item";
export * from "./apply-fix";
export * from "./service";
