// Placeholder until the send-time handlers land.
export {};
