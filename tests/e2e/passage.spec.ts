import { expect, test } from '@playwright/test';
import { ask, CITED_QUESTION, openChat } from './helpers';

test('a citation opens the passage panel with the passage marked and in view', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  const marker = answer.locator('.answer-md [data-citation-n]').last();
  const n = await marker.getAttribute('data-citation-n');
  await marker.click();

  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`Source ${n}`);
  const mark = panel.locator('mark').first();
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport();
  // Focus moved into the dialog.
  expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  const link = panel.getByRole('link', { name: 'Open article' });
  await expect(link).toHaveAttribute('href', /^\/documents\/[A-Za-z0-9_-]+#[A-Za-z0-9_-]+$/);

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(marker).toBeFocused();
});

test('a source list entry opens the panel and the close button returns focus', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  const entry = answer.locator('[data-testid=source-list] li button').first();
  await entry.click();
  const panel = page.getByRole('dialog');
  await expect(panel.locator('mark').first()).toBeInViewport();
  await panel.getByRole('button', { name: 'Close source' }).click();
  await expect(panel).toBeHidden();
  await expect(entry).toBeFocused();
});

test('the article deep link marks the passage and scrolls to it', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  await answer.locator('[data-testid=source-list] li button').last().click();
  const href = await page.getByRole('link', { name: 'Open article' }).getAttribute('href');
  expect(href).toBeTruthy();
  const passageId = decodeURIComponent(href!.split('#')[1] ?? '');

  // A fresh load of the link, as from a bookmark.
  const response = await page.goto(href!);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const mark = page.locator(`[id="${passageId}"]`);
  await expect(mark).toBeVisible();
  await expect(mark).toBeInViewport();
  expect(await page.locator('article mark').count()).toBeGreaterThan(0);
  // The article keeps its structure.
  expect(await page.locator('article h2').count()).toBeGreaterThan(0);
  expect(await page.locator('article p').count()).toBeGreaterThan(3);
});

test('an unknown article gives a 404 page', async ({ page }) => {
  const response = await page.goto('/documents/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
  const odd = await page.goto('/documents/..%2F..%2Fetc%2Fpasswd');
  expect(odd?.status()).toBe(404);
});

test('the document API validates ids', async ({ request }) => {
  expect((await request.get('/api/documents/no-such-article')).status()).toBe(404);
  expect((await request.get('/api/documents/bad%20id')).status()).toBe(400);
});

test('"Back to the chat" from an article returns to the same conversation', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  const text = await answer.locator('.answer-md').innerText();
  await answer.locator('[data-testid=source-list] li button').first().click();
  await page.getByRole('link', { name: 'Open article' }).click();
  await expect(page.locator('article mark').first()).toBeInViewport();
  await page.getByRole('link', { name: 'Back to the chat' }).click();
  await expect(page).toHaveURL(/\?c=/);
  const restored = page.getByTestId('assistant-message').first().locator('.answer-md');
  await expect.poll(() => restored.innerText()).toBe(text);
});
