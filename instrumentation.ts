/** Runs once when the server starts, before it serves a request. */
export async function register(): Promise<void> {
  // Only the Node.js server has sockets; the peer address keys the rate limiter (lib/rate-limit).
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installPeerAddressStamp } = await import('./lib/rate-limit/peer-address');
  installPeerAddressStamp();
}
