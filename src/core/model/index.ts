export * from "./message";
export * from "./finding";
