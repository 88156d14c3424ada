import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A separate build folder lets the browser tests and the load tests each run their own production
  // server from one checkout without overwriting each other's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The corpus and the persisted index are read from disk at run time by route handlers.
  outputFileTracingIncludes: { '/**': ['./corpus/**/*', './.data/**/*'] },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
