import bcrypt from "bcryptjs";

// Tests lower the cost: the algorithm is the same, only slower in production on purpose.
const cost = () => Number(process.env.BCRYPT_COST ?? 11);

export function hashPassword(password: string) {
  return bcrypt.hash(password, cost());
}

export function verifyPassword(password: string, hash: string) {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so both paths take the same time.
const decoyHash = "$2b$11$VT29j.n3Q03tqmLwpVrdUuW3Bl04wSPIWuIpRXmbe.CGoMFFaAqPW";
export async function burnPasswordCheck(password: string) {
  await bcrypt.compare(password, decoyHash).catch(() => false);
}
