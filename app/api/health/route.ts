import { handleHealth } from '@/lib/http/health';
import { methodNotAllowed } from '@/lib/http/responses';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return handleHealth();
}

export function POST(): Response {
  return methodNotAllowed(['GET']);
}

export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
