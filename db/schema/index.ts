export * from "./values";
export * from "./users";
export * from "./auth";
export * from "./audit";
export * from "./campaigns";
export * from "./timeline";
export * from "./team";
export * from "./approvals";
