import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ask, CITED_QUESTION, openChat } from './helpers';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/** A stroke-like emergency: sudden one-sided weakness with slurred speech. */
const EMERGENCY_QUESTION = 'My left leg suddenly went weak and my speech is slurred, what should I do?';

async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.y + Math.min(box.height, 24) <= size.height;
}

function firstLine(answer: Locator): Locator {
  return answer.locator('.answer-md > *').first();
}

async function violations(page: Page, impacts: string[], rules?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  builder = rules ? builder.withRules(rules) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']);
  const results = await builder.analyze();
  return results.violations.filter((v) => impacts.includes(v.impact ?? '')).map((v) => `${v.id}: ${v.help}`);
}

for (const [name, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test.describe(`${name} reading position`, () => {
    test.use({ viewport, hasTouch: name === 'phone' });

    test('the start of each answer is in view after it arrives', async ({ page }) => {
      await openChat(page);
      const first = await ask(page, CITED_QUESTION);
      expect(await inViewport(page, firstLine(first))).toBe(true);
      const second = await ask(page, 'Why do my legs cramp at night?');
      expect(await inViewport(page, firstLine(second))).toBe(true);
      // The newest question sits near the top, not scrolled away above the screen.
      expect(await inViewport(page, page.getByTestId('user-message').last())).toBe(true);
    });

    test('an emergency banner in a second turn is in view', async ({ page }) => {
      await openChat(page);
      await ask(page, CITED_QUESTION);
      const urgent = await ask(page, EMERGENCY_QUESTION);
      const banner = urgent.getByRole('alert');
      await expect(banner).toBeVisible();
      expect(await inViewport(page, banner)).toBe(true);
    });

    test('scrolling up offers Jump to latest', async ({ page }) => {
      await openChat(page);
      await ask(page, CITED_QUESTION);
      await ask(page, 'Why do my legs cramp at night?');
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      const jump = page.getByTestId('jump-to-latest');
      await expect(jump).toBeVisible();
      await jump.click();
      await expect(jump).toBeHidden();
    });
  });
}

test('a follow-up shows what was searched for, and Edit puts it in the composer', async ({ page }) => {
  await openChat(page);
  await ask(page, CITED_QUESTION);
  const followUp = await ask(page, 'How is it treated?');
  const searched = followUp.getByTestId('searched-for');
  await expect(searched).toBeVisible();
  const query = (await searched.locator('span.font-medium').innerText()).trim();
  expect(query.toLowerCase()).not.toBe('how is it treated?');
  await followUp.getByTestId('edit-query').click();
  const box = page.getByRole('textbox', { name: 'Ask a question about the articles' });
  await expect(box).toHaveValue(query);
  await expect(box).toBeFocused();
});

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 4));
}

test('a citation preview highlights a sentence of the cited passage that the answer rests on', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  const marker = answer.locator('.answer-md [data-citation-n]').first();
  const n = (await marker.innerText()).trim();
  await marker.hover();
  const highlighted = (await page.getByTestId('citation-preview').locator('mark').innerText()).trim();
  expect(highlighted.length).toBeGreaterThan(10);
  // The answer sentence carrying the marker shares words with the highlighted sentence.
  const answerText = await answer.locator('.answer-md').innerText();
  const carrying = answerText
    .split(/(?<=[.!?])\s+/)
    .filter((s) => new RegExp(`\\b${n}\\b`).test(s))
    .join(' ');
  const shared = [...words(highlighted)].filter((w) => words(carrying).has(w));
  expect(shared.length).toBeGreaterThan(0);
  // The highlighted sentence is the passage's own text.
  await marker.click();
  const passage = await page.getByRole('dialog').locator('mark').allInnerTexts();
  expect(passage.join(' ').replace(/\s+/g, ' ')).toContain(highlighted.replace(/\s+/g, ' ').replace(/…$/, ''));
  // Esc closes the panel; focus returns to the marker without re-opening the preview.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(marker).toBeFocused();
  await expect(page.getByTestId('citation-preview')).toBeHidden();
});

test('a share link opens in a fresh browser with the same answer and passage, and a deleted link is gone', async ({ page, browser }) => {
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  const answerText = await answer.locator('.answer-md').innerText();
  await page.getByTestId('share-button').click();
  await page.getByTestId('share-create').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  const shared = other.getByTestId('assistant-message').first();
  // Visible text on both sides: toHaveText would also count the citations' hidden descriptions.
  await expect(shared.locator('.answer-md')).toBeVisible();
  expect(await shared.locator('.answer-md').innerText()).toBe(answerText);
  await shared.locator('.answer-md [data-citation-n]').first().click();
  await expect(other.getByRole('dialog').locator('mark').first()).toBeVisible();
  await other.keyboard.press('Escape');
  expect(await violations(other, ['serious', 'critical'])).toEqual([]);

  await page.getByTestId('share-delete').click();
  await expect(page.getByTestId('share-dialog').getByRole('status')).toContainText('deleted');
  const gone = await other.goto(url);
  expect(gone?.status()).toBe(404);
  await fresh.close();
});

test('answers have unique landmark names and the passage panel keeps heading order', async ({ page }) => {
  await openChat(page);
  await ask(page, CITED_QUESTION);
  const second = await ask(page, 'Why do my legs cramp at night?');
  await expect(page.getByRole('region', { name: 'Answer 1', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Answer 2', exact: true })).toBeVisible();
  // Touch targets: citation pills are at least 24 × 24 px.
  const pill = await second.locator('.answer-md [data-citation-n]').first().boundingBox();
  expect(pill?.width).toBeGreaterThanOrEqual(24);
  expect(pill?.height).toBeGreaterThanOrEqual(24);
  await second.locator('.answer-md [data-citation-n]').first().click();
  await expect(page.getByRole('dialog').locator('mark').first()).toBeVisible();
  expect(await violations(page, ['minor', 'moderate', 'serious', 'critical'], ['landmark-unique', 'heading-order'])).toEqual([]);
});

test('a deleted conversation can be brought back with Undo', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openChat(page);
  await ask(page, CITED_QUESTION);
  const list = page.getByTestId('conversation-list');
  await expect(list.locator('li')).toHaveCount(1);
  await list.getByRole('button', { name: /^Delete conversation/ }).click();
  await expect(page.getByTestId('conversation-list')).toHaveCount(0);
  await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('conversation-list').locator('li')).toHaveCount(1);
});
