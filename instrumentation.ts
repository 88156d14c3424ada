/** Runs once when the server starts, before it serves a request. */
export async function register(): Promise<void> {
  // Only the Node.js server has sockets to hook (lib/http/node-hooks.ts) and request scopes to avoid.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installNodeRequestHooks } = await import('./lib/http/node-hooks');
  const { captureDetachedScope } = await import('./lib/runtime/detached-scope');
  installNodeRequestHooks();
  captureDetachedScope();
}
