import { expect, type Locator, type Page } from '@playwright/test';

/** A question the articles answer with several citations (kept generic on purpose). */
export const CITED_QUESTION = 'What does magnesium deficiency do to the legs?';

export function composer(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Ask a question about the articles' });
}

export function answers(page: Page): Locator {
  return page.getByTestId('assistant-message');
}

export async function openChat(page: Page): Promise<void> {
  await page.goto('/');
  // The composer becomes usable once the client has hydrated.
  await expect(page.getByTestId('example-question').first()).toBeEnabled();
}

/** Asks through the composer and waits until that answer has finished streaming. */
export async function ask(page: Page, question: string): Promise<Locator> {
  const before = await answers(page).count();
  await composer(page).fill(question);
  await composer(page).press('Enter');
  return waitForAnswer(page, before);
}

export async function waitForAnswer(page: Page, countBefore: number): Promise<Locator> {
  const answer = answers(page).nth(countBefore);
  await expect(answer).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
  await expect(answer.getByTestId('disclaimer-note')).toBeVisible();
  return answer;
}

/** Marker numbers as they appear in the answer text (citation buttons, in order). */
export async function markerNumbers(answer: Locator): Promise<number[]> {
  const texts = await answer.locator('.answer-md [data-citation-n]').allInnerTexts();
  return [...new Set(texts.map((t) => Number(t.trim())))];
}

export async function sourceListNumbers(answer: Locator): Promise<number[]> {
  const values = await answer.locator('[data-testid=source-list] > li').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-source-n'))));
  return values;
}
