import { expect, test, type Download } from '@playwright/test';
import { SIGN_PLAIN_WORDS, URGENT_NOTICE } from '@/lib/triage';
import { answers, ask, CITED_QUESTION, openChat } from './helpers';

const EMERGENCY = 'my dad just collapsed in the kitchen and is not responding';

async function downloadedText(download: Promise<Download>): Promise<string> {
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test('an emergency in a second turn shows the banner, and Copy, Export and the saved history keep it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChat(page);
  const first = await ask(page, CITED_QUESTION);
  await expect(first.getByRole('alert')).toHaveCount(0);

  const answer = await ask(page, EMERGENCY);
  const alert = answer.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(URGENT_NOTICE);
  await expect(alert).toContainText(SIGN_PLAIN_WORDS['fainting-or-collapse']);

  await answer.getByRole('button', { name: 'Copy' }).click();
  await expect(answer.getByRole('button', { name: 'Copied' })).toBeVisible();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip.startsWith(URGENT_NOTICE)).toBe(true);
  expect(clip).toContain(SIGN_PLAIN_WORDS['fainting-or-collapse']);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const markdown = await downloadedText(download);
  expect(markdown).toContain(EMERGENCY);
  expect(markdown).toContain(URGENT_NOTICE);
  expect(markdown.indexOf(CITED_QUESTION)).toBeLessThan(markdown.indexOf(URGENT_NOTICE));

  // Reopened from the saved history, the second answer still carries its banner.
  await page.getByTestId('new-chat').click();
  const history = page.getByRole('navigation', { name: 'Past conversations' });
  await history
    .getByRole('button', { name: /magnesium/i })
    .first()
    .click();
  await expect(answers(page)).toHaveCount(2);
  await expect(answers(page).nth(1).getByRole('alert')).toContainText(URGENT_NOTICE);
});

test('on a 360 px phone, the banner of a second-turn emergency is in view when the answer arrives', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openChat(page);
  await ask(page, CITED_QUESTION);
  const answer = await ask(page, EMERGENCY);
  const alert = answer.getByRole('alert');
  await expect(alert).toContainText(URGENT_NOTICE);
  await expect(alert).toBeInViewport();
  // The notice's first line is on screen, not only a sliver of the banner.
  await expect(alert.getByText(URGENT_NOTICE.split('.')[0] as string, { exact: false })).toBeInViewport();
});
