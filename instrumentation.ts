// Runs once when a server instance starts: validate configuration, and prepare the embedded database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/core/startup");
  await startServer();
}
