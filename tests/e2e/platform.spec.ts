import { expect, test } from '@playwright/test';
import { ask, CITED_QUESTION, composer, openChat } from './helpers';

test('pages carry a nonce CSP and the security headers', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  const csp = first.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-eval');
  // A fresh nonce per request.
  expect(second.headers()['content-security-policy']).not.toBe(csp);
  const headers = first.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');

  const html = await first.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(html).toContain(`nonce="${nonce}"`);

  const api = await request.get('/api/documents/no-such-article');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  // The chat route skips the page proxy; its headers come from next.config.ts.
  const chat = await request.post('/api/chat', { data: { messages: [{ id: 'u', role: 'user', parts: [{ type: 'text', text: 'iron' }] }] } });
  expect(chat.headers()['content-type']).toContain('text/event-stream');
  expect(chat.headers()['x-content-type-options']).toBe('nosniff');
  expect(chat.headers()['x-frame-options']).toBe('DENY');
  expect(chat.headers()['content-security-policy']).toBeUndefined();
});

test('the page runs under its CSP without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await openChat(page);
  await ask(page, CITED_QUESTION);
  expect(violations).toEqual([]);
});

test('keyboard alone can ask, open a source, close it and ask a follow-up', async ({ page }) => {
  await openChat(page);
  // Tab from the top of the page to the question box.
  for (let i = 0; i < 30 && !(await composer(page).evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(composer(page)).toBeFocused();
  await page.keyboard.type(CITED_QUESTION);
  await page.keyboard.press('Enter');
  const answer = page.getByTestId('assistant-message').first();
  await expect(answer.getByTestId('disclaimer-note')).toBeVisible();

  // Walk backwards from the composer to the last citation marker in the text.
  let onMarker = false;
  for (let i = 0; i < 40 && !onMarker; i += 1) {
    await page.keyboard.press('Shift+Tab');
    onMarker = await page.evaluate(() => document.activeElement?.hasAttribute('data-citation-n') ?? false);
  }
  expect(onMarker).toBe(true);
  const markerNumber = await page.evaluate(() => document.activeElement?.getAttribute('data-citation-n'));
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog');
  await expect(panel.locator('mark').first()).toBeInViewport();
  expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  // Focus goes back on the next animation frame after the dialog closes, so wait for it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-citation-n'))).toBe(markerNumber);

  // On to a suggested follow-up, and ask it with the keyboard.
  let onSuggestion = false;
  for (let i = 0; i < 40 && !onSuggestion; i += 1) {
    await page.keyboard.press('Tab');
    onSuggestion = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'suggestion');
  }
  expect(onSuggestion).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('user-message')).toHaveCount(2);
  await expect(page.getByTestId('assistant-message').nth(1).getByTestId('disclaimer-note')).toBeVisible();
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the chat fits, and a source opens as a bottom sheet', async ({ page }) => {
    await openChat(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const answer = await ask(page, CITED_QUESTION);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await answer.locator('.answer-md [data-citation-n]').first().click();
    const panel = page.getByRole('dialog');
    await expect(panel.locator('mark').first()).toBeInViewport();
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect(Math.round(box!.x)).toBe(0);
    expect(Math.round(box!.width)).toBe(360);
    expect(Math.round(box!.y + box!.height)).toBe(740);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });

  test('the conversation list opens as a drawer', async ({ page }) => {
    await openChat(page);
    await ask(page, CITED_QUESTION);
    await page.getByRole('button', { name: 'Conversations' }).click();
    const drawer = page.getByRole('dialog', { name: 'Conversations' });
    await expect(drawer.getByRole('button', { name: /magnesium/i }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });
});
