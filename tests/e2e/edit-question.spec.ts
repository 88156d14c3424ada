import { expect, test, type Locator, type Page } from '@playwright/test';
import { answers, ask, CITED_QUESTION, composer, openChat, waitForAnswer } from './helpers';

const SECOND_QUESTION = 'Why do my legs cramp at night?';
const EDITED_QUESTION = 'Which foods are rich in vitamin B12?';
const PHONE = { width: 360, height: 740 };

function answerText(answer: Locator): Promise<string> {
  return answer.locator('.answer-md').innerText();
}

/** The answer a fresh conversation gets for a question (the offline model is deterministic). */
async function freshAnswer(page: Page, question: string): Promise<string> {
  await openChat(page);
  const text = await answerText(await ask(page, question));
  await page.getByTestId('new-chat').click();
  await expect(answers(page)).toHaveCount(0);
  return text;
}

function editButton(page: Page, index: number): Locator {
  return page.getByTestId('edit-question').nth(index);
}

function editor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Edit your question' });
}

test('editing the first question replaces it and every later turn, and the saved history keeps the edit', async ({ page }) => {
  const expected = await freshAnswer(page, EDITED_QUESTION);
  const firstAnswer = await answerText(await ask(page, CITED_QUESTION));
  await ask(page, SECOND_QUESTION);
  await expect(page.getByTestId('user-message')).toHaveCount(2);

  // Keyboard only: focus the Edit button, open the editor, type, Enter re-asks.
  await editButton(page, 0).focus();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  await expect(editor(page)).toHaveValue(CITED_QUESTION);
  await editor(page).fill(EDITED_QUESTION);
  await page.keyboard.press('Enter');
  const answer = await waitForAnswer(page, 0);

  await expect(page.getByTestId('user-message')).toHaveCount(1);
  await expect(page.getByTestId('user-message')).toHaveText(EDITED_QUESTION);
  await expect(answers(page)).toHaveCount(1);
  const edited = await answerText(answer);
  expect(edited).toBe(expected);
  expect(edited).not.toBe(firstAnswer);
  await expect(composer(page)).toBeFocused();

  await page.reload();
  await expect(page.getByTestId('user-message')).toHaveCount(1);
  await expect(page.getByTestId('user-message')).toHaveText(EDITED_QUESTION);
  await expect(answers(page)).toHaveCount(1);
  expect(await answerText(answers(page).first())).toBe(expected);
});

test('Escape and Cancel leave the conversation as it was', async ({ page }) => {
  await openChat(page);
  await ask(page, CITED_QUESTION);
  await ask(page, SECOND_QUESTION);

  await editButton(page, 1).click();
  await editor(page).fill('something else entirely');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toHaveCount(0);
  await expect(editButton(page, 1)).toBeFocused();

  await editButton(page, 0).click();
  await editor(page).fill('another change');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor(page)).toHaveCount(0);

  await expect(page.getByTestId('user-message')).toHaveText([CITED_QUESTION, SECOND_QUESTION]);
  await expect(answers(page)).toHaveCount(2);
});

test('the Save button re-asks the last question in place', async ({ page }) => {
  await openChat(page);
  await ask(page, CITED_QUESTION);
  await editButton(page, 0).click();
  await editor(page).fill(SECOND_QUESTION);
  await page.getByRole('button', { name: 'Save and ask' }).click();
  await waitForAnswer(page, 0);
  await expect(page.getByTestId('user-message')).toHaveText([SECOND_QUESTION]);
  await expect(answers(page)).toHaveCount(1);
});

test.describe('phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  /** The sticky composer's box must not cover the control's box. */
  async function clearOfComposer(page: Page, control: Locator): Promise<void> {
    const box = await control.boundingBox();
    const composerBox = await page.getByTestId('composer-bar').boundingBox();
    expect(box).not.toBeNull();
    expect(composerBox).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(composerBox!.y);
  }

  test("the last answer's end-of-answer control is not hidden behind the composer", async ({ page }) => {
    await openChat(page);
    await ask(page, CITED_QUESTION);
    const last = await ask(page, SECOND_QUESTION);
    const control = last.getByRole('button').last();
    await expect(control).toBeVisible();

    // Reached by keyboard focus from the top of the page.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await control.focus();
    await clearOfComposer(page, control);

    // Scrolled to (as a link to it or a script would), aligned to the bottom of the view.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await control.evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }));
    await clearOfComposer(page, control);
  });
});
