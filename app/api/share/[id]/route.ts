import { methodNotAllowed } from '@/lib/http/responses';
import { handleDeleteShare, handleGetShare } from '@/lib/share/routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type RouteContext = { params: Promise<{ id: string }> };

export async function GET(req: Request, context: RouteContext): Promise<Response> {
  return handleGetShare(req, (await context.params).id);
}

export async function DELETE(req: Request, context: RouteContext): Promise<Response> {
  return handleDeleteShare(req, (await context.params).id);
}

export function POST(): Response {
  return methodNotAllowed(['GET', 'DELETE']);
}

export const PUT = POST;
export const PATCH = POST;
