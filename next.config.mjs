/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files relative to its own package: bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "bcryptjs"],
  poweredByHeader: false,
  // lets several builds live side by side (e.g. parallel e2e runs); .next by default
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
