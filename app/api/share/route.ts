import { methodNotAllowed } from '@/lib/http/responses';
import { handleCreateShare } from '@/lib/share/routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function POST(req: Request): Promise<Response> {
  return handleCreateShare(req);
}

export function GET(): Response {
  return methodNotAllowed(['POST']);
}

export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
