import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The corpus and the persisted index are read from disk at run time by route handlers.
  outputFileTracingIncludes: { '/**': ['./corpus/**/*', './.data/**/*'] },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
