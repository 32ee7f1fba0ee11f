import { EmbeddedDbLocked } from "../embedded-lock";
import { ConfigError } from "@/lib/core/env";
import { isDomainError } from "@/lib/core/errors";

/** Runs a CLI task; known failures print one clear line, anything else its stack. */
export function runScript(task: () => Promise<void>) {
  task().then(
    () => process.exit(0),
    (e: unknown) => {
      if (e instanceof EmbeddedDbLocked || e instanceof ConfigError || isDomainError(e)) console.error(e.message);
      else console.error(e);
      process.exit(1);
    },
  );
}
