import { expect, test, type Locator, type Page } from '@playwright/test';
import { ask, CITED_QUESTION, openChat } from './helpers';

/** Any hover/focus preview of a citation, whatever its markup. */
function previews(page: Page): Locator {
  return page.locator('[role=tooltip], [data-testid=citation-preview]');
}

type PillAddress = { answerId: string; index: number };

/** A pill in the first answer, scrolled to the middle of the page, with a second answer below. */
async function pillMidPage(page: Page): Promise<{ pill: Locator; address: PillAddress }> {
  await openChat(page);
  const first = await ask(page, CITED_QUESTION);
  await ask(page, 'Which foods are rich in potassium?');
  const pill = first.locator('.answer-md [data-citation-n]').first();
  await pill.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expect(pill).toBeInViewport();
  const address = await pill.evaluate((el) => {
    const answer = el.closest<HTMLElement>('[data-answer-id]');
    return {
      answerId: answer?.dataset.answerId ?? '',
      index: answer ? Array.from(answer.querySelectorAll('button')).indexOf(el as HTMLButtonElement) : -1,
    };
  });
  expect(address.answerId).not.toBe('');
  expect(address.index).toBeGreaterThanOrEqual(0);
  return { pill, address };
}

function pillAt(page: Page, address: PillAddress): Locator {
  return page.locator(`[data-answer-id="${address.answerId}"] button`).nth(address.index);
}

async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
}

test('"Back to the chat" in the passage panel returns to the pill that opened it', async ({ page }) => {
  const { pill } = await pillMidPage(page);
  await pill.click();
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  // Move the chat away behind the panel: the return must bring the pill back into view.
  await scrollToBottom(page);
  await expect(pill).not.toBeInViewport();
  await panel.getByRole('button', { name: 'Back to the chat' }).click();
  await expect(panel).toBeHidden();
  await expect(pill).toBeFocused();
  await expect(pill).toBeInViewport();
  await page.waitForTimeout(400);
  await expect(previews(page)).toHaveCount(0);
});

test('"Back to the chat" from the full article returns to the same pill, in view', async ({ page }) => {
  const { pill, address } = await pillMidPage(page);
  await pill.click();
  await page.getByRole('dialog').getByRole('link', { name: 'Open article' }).click();
  await expect(page.locator('article mark').first()).toBeInViewport();
  await page.getByRole('link', { name: 'Back to the chat' }).click();
  await expect(page).toHaveURL(/\?c=/);
  const returned = pillAt(page, address);
  await expect(returned).toBeFocused();
  await expect(returned).toBeInViewport();
  await page.waitForTimeout(400);
  await expect(previews(page)).toHaveCount(0);
});

test('Esc closes the panel, focus returns to the pill and no preview opens over the text', async ({ page }) => {
  const { pill } = await pillMidPage(page);
  await pill.focus();
  // Focus alone shows the preview: the check below can see one.
  await expect(previews(page)).toHaveCount(1);
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(pill).toBeFocused();
  await page.waitForTimeout(400);
  await expect(previews(page)).toHaveCount(0);
  // The pill still previews when the reader comes back to it later.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(pill).toBeFocused();
  await expect(previews(page)).toHaveCount(1);
});
