import { expect, test } from '@playwright/test';
import { answers, ask, CITED_QUESTION, composer, markerNumbers, openChat, sourceListNumbers, waitForAnswer } from './helpers';

test('a question gets a streamed answer with citations, sources and the disclaimer', async ({ page }) => {
  await openChat(page);
  const response = page.waitForResponse('**/api/chat');
  const answer = await ask(page, CITED_QUESTION);
  expect((await response).headers()['content-type']).toContain('text/event-stream');

  const markers = await markerNumbers(answer);
  expect(markers.length).toBeGreaterThan(0);
  // The source list shows exactly the cited numbers.
  expect(await sourceListNumbers(answer)).toEqual([...markers].sort((a, b) => a - b));
  // A marker's accessible name is the number itself.
  await expect(answer.getByRole('button', { name: String(markers[0]), exact: true }).first()).toBeVisible();
  await expect(answer.getByTestId('disclaimer-note')).toContainText('not medical advice');
  // One disclaimer per answer: the page footer's goes while answers carry their own.
  await expect(page.getByTestId('footer-disclaimer')).toHaveCount(0);
  await expect(page.getByTestId('live-region')).toContainText('Answer ready');
  await expect(composer(page)).toHaveValue('');
});

test('hovering or focusing a citation previews its source', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  const marker = answer.locator('.answer-md [data-citation-n]').first();
  await marker.hover();
  const preview = page.getByTestId('citation-preview');
  await expect(preview).toBeVisible();
  const title = await answer.locator('[data-testid=source-list] li').first().locator('span.block').first().innerText();
  await expect(preview).toContainText(title);
  await page.mouse.move(0, 0);
  await expect(preview).toBeHidden();
  await marker.focus();
  await expect(preview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});

test('a follow-up question is answered in the context of the first', async ({ page }) => {
  await openChat(page);
  await ask(page, CITED_QUESTION);
  const followUp = await ask(page, 'How is it treated?');
  await expect(followUp.locator('.answer-md')).toContainText(/magnesium/i);
  expect((await markerNumbers(followUp)).length).toBeGreaterThan(0);
});

test('source numbers still match the markers after a reload', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  const markers = await markerNumbers(answer);
  const listed = await sourceListNumbers(answer);
  const text = await answer.locator('.answer-md').innerText();
  await expect(page).toHaveURL(/\?c=/);

  await page.reload();
  const restored = answers(page).first();
  await expect(restored.getByTestId('disclaimer-note')).toBeVisible();
  expect(await markerNumbers(restored)).toEqual(markers);
  expect(await sourceListNumbers(restored)).toEqual(listed);
  expect(await restored.locator('.answer-md').innerText()).toBe(text);
});

test('suggested follow-ups are asked when clicked', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  const suggestion = answer.getByTestId('suggestion').first();
  const question = (await suggestion.innerText()).trim();
  expect(question.length).toBeGreaterThan(3);
  await suggestion.click();
  await expect(page.getByTestId('user-message').nth(1)).toHaveText(question);
  await waitForAnswer(page, 1);
});

test('example questions on the empty state ask themselves', async ({ page }) => {
  await openChat(page);
  await expect(page.getByTestId('example-question')).toHaveCount(4);
  const example = page.getByTestId('example-question').first();
  const question = (await example.innerText()).trim();
  await example.click();
  await expect(page.getByTestId('user-message').first()).toHaveText(question);
  await waitForAnswer(page, 0);
});

test('stop halts a streaming answer, marks it stopped, and regenerate completes it', async ({ page }) => {
  await openChat(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // A trickle of bytes makes the stream slow enough to watch and to stop.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: 300,
    uploadThroughput: -1,
  });
  await composer(page).fill(CITED_QUESTION);
  await composer(page).press('Enter');
  const answer = answers(page).first();
  await expect(answer).toHaveAttribute('data-streaming', 'true');
  await expect(answer.locator('.answer-md')).not.toBeEmpty();
  await page.getByTestId('stop-button').click();
  await expect(page.getByTestId('send-button')).toBeVisible();
  await expect(answer).toHaveAttribute('data-streaming', 'false');
  // Halted: nothing more arrives after the stop.
  const answerText = () => answer.locator('.answer-md').evaluate((el) => el.textContent ?? '');
  const stoppedText = await answerText();
  await page.waitForTimeout(1_500);
  expect(await answerText()).toBe(stoppedText);
  // Sources arrive sentence by sentence; whatever arrived before the stop matches a marker shown.
  const shownMarkers = await markerNumbers(answer);
  for (const n of await sourceListNumbers(answer)) expect(shownMarkers).toContain(n);
  await expect(page.getByTestId('live-region')).toHaveText('Answer stopped.');
  await expect(answer.getByTestId('stopped-mark')).toBeVisible();
  await expect(page.getByTestId('chat-error')).toHaveCount(0);

  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const request = page.waitForRequest('**/api/chat');
  await answer.getByRole('button', { name: 'Regenerate' }).click();
  expect((await request).postDataJSON()).toMatchObject({ trigger: 'regenerate-message' });
  const regenerated = await waitForAnswer(page, 0);
  await expect(answers(page)).toHaveCount(1);
  expect((await markerNumbers(regenerated)).length).toBeGreaterThan(0);
});

test('HTML and script in a question render inert', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openChat(page);
  const payload = '<img src=x onerror=alert(1)><script>alert(1)</script>';
  await ask(page, payload);
  await expect(page.getByTestId('user-message').first()).toHaveText(payload);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
  await page.reload();
  await expect(page.getByTestId('user-message').first()).toHaveText(payload);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('stored answers with markup, links and images stay inert', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openChat(page);
  const hostile = [
    '<img src=x onerror=alert(1)> <script>alert(2)</script>',
    '[click](javascript:alert(3)) [away](https://evil.example/) ![pixel](https://evil.example/p.png)',
  ].join('\n\n');
  await page.evaluate((text) => {
    const conversation = {
      id: 'c_hostile',
      title: 'hostile',
      createdAt: 1,
      updatedAt: Date.now(),
      messages: [
        { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'hi' }] },
        { id: 'a1', role: 'assistant', parts: [{ type: 'text', text }] },
      ],
    };
    localStorage.setItem('legwise:conversations:v1', JSON.stringify([conversation]));
  }, hostile);
  await page.goto('/?c=c_hostile');
  const answer = answers(page).first();
  await expect(answer).toContainText('<script>alert(2)</script>');
  expect(await answer.locator('img, script, a[href^="javascript"], a[href^="http"]').count()).toBe(0);
  await expect(answer).toContainText('[pixel]');
  expect(dialogs).toEqual([]);
});

test('the CSP blocks injected inline event handlers', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await openChat(page);
  const ran = await page.evaluate(async () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.__injected = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    holder.remove();
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});

test('errors keep the question and offer a retry', async ({ page }) => {
  await openChat(page);
  await page.route('**/api/chat', (route) => route.fulfill({ status: 429, contentType: 'application/json', body: '{"error":"too many requests"}' }));
  await composer(page).fill(CITED_QUESTION);
  await composer(page).press('Enter');
  await expect(page.getByTestId('chat-error')).toContainText('Too many questions');
  await expect(composer(page)).toHaveValue(CITED_QUESTION);

  await page.unroute('**/api/chat');
  await page.route('**/api/chat', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('chat-error')).toContainText('server had a problem');

  await page.unroute('**/api/chat');
  await page.route('**/api/chat', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('chat-error')).toContainText('offline');
  await expect(composer(page)).toHaveValue(CITED_QUESTION);

  await page.unroute('**/api/chat');
  await page.getByRole('button', { name: 'Retry' }).click();
  await waitForAnswer(page, 0);
  await expect(page.getByTestId('chat-error')).toHaveCount(0);
  await expect(composer(page)).toHaveValue('');
  await expect(page.getByTestId('user-message')).toHaveCount(1);
});

test('a typed draft survives a reload', async ({ page }) => {
  await openChat(page);
  await composer(page).fill('Half-written question');
  await page.reload();
  await expect(composer(page)).toHaveValue('Half-written question');
});

test('Shift+Enter adds a line and Enter sends', async ({ page }) => {
  await openChat(page);
  await composer(page).click();
  await page.keyboard.type('first line');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('second line');
  await expect(composer(page)).toHaveValue('first line\nsecond line');
  await expect(page.getByTestId('user-message')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('user-message').first()).toHaveText('first line\nsecond line');
});

test('copy puts the answer and its numbered sources on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChat(page);
  const answer = await ask(page, CITED_QUESTION);
  await answer.getByRole('button', { name: 'Copy' }).click();
  await expect(answer.getByRole('button', { name: 'Copied' })).toBeVisible();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  const markers = await markerNumbers(answer);
  expect(clip).toContain('Sources:');
  for (const n of markers) expect(clip).toContain(`[${n}] `);
  expect(clip).toContain('/documents/');
});

test('export downloads the conversation as Markdown with its sources', async ({ page }) => {
  await openChat(page);
  await ask(page, CITED_QUESTION);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^legwise-.*\.md$/);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const markdown = Buffer.concat(chunks).toString('utf8');
  expect(markdown).toContain('## Question');
  expect(markdown).toContain(CITED_QUESTION);
  expect(markdown).toContain('### Sources');
  expect(markdown).toMatch(/\[1\] .+/);
});

test('past conversations can be reopened and deleted', async ({ page }) => {
  await openChat(page);
  await ask(page, CITED_QUESTION);
  const history = page.getByRole('navigation', { name: 'Past conversations' });
  await expect(history.getByRole('button', { name: /magnesium/i }).first()).toBeVisible();

  await page.getByTestId('new-chat').click();
  await expect(page.getByTestId('example-question').first()).toBeVisible();
  await expect(page).toHaveURL(/\/$/);

  await history
    .getByRole('button', { name: /magnesium/i })
    .first()
    .click();
  await expect(answers(page)).toHaveCount(1);
  await expect(answers(page).first().getByTestId('disclaimer-note')).toBeVisible();

  await history.getByRole('button', { name: /Delete conversation: .*magnesium/i }).click();
  await expect(history.getByRole('button', { name: /magnesium/i })).toHaveCount(0);
  await expect(page.getByTestId('example-question').first()).toBeVisible();
});

test('an urgent question shows an alert at the top of the answer', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, 'My legs suddenly went weak this morning and I cannot walk');
  const alert = answer.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/emergency/i);
  const alertBox = await alert.boundingBox();
  const bodyBox = await answer.locator('.answer-md').boundingBox();
  expect(alertBox && bodyBox && alertBox.y < bodyBox.y).toBe(true);
});

test('a question outside the articles says what they do cover', async ({ page }) => {
  await openChat(page);
  const answer = await ask(page, 'How do I repair a flat bicycle tyre?');
  await expect(answer.getByTestId('source-list')).toHaveCount(0);
  await expect(answer).toContainText(/cover/i);
  // The covered topics are listed (by the reply itself or as topic buttons).
  expect(await answer.locator('li').count()).toBeGreaterThanOrEqual(2);
});
