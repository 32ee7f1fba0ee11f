import fs from "node:fs";
import path from "node:path";

export class EmbeddedDbLocked extends Error {}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite allows one process per data directory: a second one gets no error and silently loses
 * writes. Holding a pid lock file makes the second process fail loudly instead.
 */
export function lockDataDir(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, "pglite.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      // A lock left by a killed process is detected as stale by its pid on the next start.
      process.once("exit", release);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number(fs.readFileSync(lockPath, "utf8"));
      if (holder === process.pid) return;
      if (holder && isAlive(holder)) {
        throw new EmbeddedDbLocked(
          `The embedded database in ${dir} is in use by process ${holder} (probably \`npm run dev\`). ` +
            "Stop that process first, or set DATABASE_URL to use PostgreSQL.",
        );
      }
      fs.unlinkSync(lockPath); // stale lock from a process that died
    }
  }
}
