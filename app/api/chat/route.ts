import { createChatHandler, methodNotAllowed } from '@/lib/chat';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const handleChat = createChatHandler();

export async function POST(req: Request): Promise<Response> {
  return handleChat(req);
}

export function GET(): Response {
  return methodNotAllowed();
}

export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
