import bcrypt from "bcryptjs";

// Tests lower the cost: the algorithm is the same, only slower in production on purpose.
const cost = () => Number(process.env.BCRYPT_COST ?? 11);

export function hashPassword(password: string) {
  return bcrypt.hash(password, cost());
}

export function verifyPassword(password: string, hash: string) {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so both paths take the same time: hashed at the
// configured cost, since a fixed-cost decoy answers faster or slower than real hashes once BCRYPT_COST changes.
let decoyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string) {
  // its result is ignored, so the decoy's plain text does not matter
  decoyHash ??= hashPassword("decoy for unknown accounts");
  await bcrypt.compare(password, await decoyHash).catch(() => false);
}
