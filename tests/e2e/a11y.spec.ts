import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ask, CITED_QUESTION, openChat } from './helpers';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('empty state, answer and open panel have no serious accessibility violations', async ({ page }) => {
      await openChat(page);
      expect(await seriousViolations(page)).toEqual([]);

      const answer = await ask(page, CITED_QUESTION);
      expect(await seriousViolations(page)).toEqual([]);

      await answer.locator('.answer-md [data-citation-n]').first().click();
      await expect(page.getByRole('dialog').locator('mark').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the article page has no serious accessibility violations', async ({ page }) => {
      await openChat(page);
      const answer = await ask(page, CITED_QUESTION);
      await answer.locator('[data-testid=source-list] li button').first().click();
      const href = await page.getByRole('link', { name: 'Open article' }).getAttribute('href');
      await page.goto(href!);
      await expect(page.locator('article mark').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
