// The desktop app end to end, in Chromium through the browser harness: the real renderer, the
// real services, a real SQLite library seeded with the sample directives. An editor pastes a
// draft and sees the underlines and the panel; applies a fix and sees the finding go; a lead
// imports a directive, corrects one of its figures, and the next check expects the corrected
// figure; the library is searched without diacritics. Each scenario saves screenshots under
// test-artifacts/e2e/.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../harness/bridgeServer.ts';
import { browserMissing, browserRequired, launchChromium, type Browser } from '../helpers/chromium.ts';
import { openApp } from './openApp.ts';

const missing = browserMissing();
if (missing && !browserRequired) console.warn(`[app.e2e.test] BỎ QUA kiểm thử đầu-cuối: ${missing}`);

const root = new URL('../../', import.meta.url);
const sampleDraft = readFileSync(new URL('resources/samples/ban-thao-mau.txt', root), 'utf8');
const holdoutDirective = new URL('test/fixtures/holdout/directives/btgtw-185-hd-2024.txt', root).pathname;

describe.skipIf(missing !== undefined && !browserRequired)(
  `desktop app end to end${missing ? ` — ${browserRequired ? 'THIẾU' : 'BỎ QUA'}: ${missing}` : ''}`,
  () => {
    let bridge: Bridge;
    let browser: Browser;

    beforeAll(async () => {
      if (missing) throw new Error(`Kiểm thử trình duyệt bắt buộc (SOAT_BROWSER_REQUIRED=1) nhưng ${missing}`);
      [bridge, browser] = await Promise.all([startBridge(), launchChromium()]);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await bridge?.close();
    });

    it('paste a draft: its errors are underlined by severity and listed in the panel by kind', async () => {
      const app = await openApp(browser, bridge.url);
      const { page } = app;
      await page.locator('input[type="date"]').fill('2024-06-03');
      await app.paste(sampleDraft);
      await app.checked();

      const gdp = page.locator('.cm-finding-error', { hasText: '5,76%' });
      await gdp.waitFor();
      expect(await page.locator('.cm-finding-warning', { hasText: '6.28' }).count()).toBe(1);
      const figures = page.getByRole('region', { name: 'Danh sách chỗ lệch, theo loại' }).locator('section', { hasText: 'Số liệu khác văn bản' });
      expect(await figures.getByRole('button').first().innerText()).toMatch(/5,76%\s*→\s*5,66%/);
      expect(await page.locator('.panel-summary').innerText()).toMatch(/^\d+ lỗi, \d+ cảnh báo$/);
      // The theme checklist of the directive the draft cites.
      const checklist = page.getByRole('region', { name: '1383-CV/BTGTU' });
      expect(await checklist.locator('.theme-covered').count()).toBeGreaterThan(0);
      expect(await checklist.locator('.theme-missing').count()).toBeGreaterThan(0);
      await app.shot('1-dan-ban-thao');

      // The card, on hover: the draft's words, the approved ones, the directive and section, the sentence.
      await gdp.hover();
      const card = page.locator('.finding-card', { hasText: '5,66%' });
      await card.waitFor();
      expect(await card.locator('.finding-card-expected').innerText()).toBe('5,66%');
      expect(await card.locator('.finding-card-source').innerText()).toContain('1383-CV/BTGTU');
      expect(await card.locator('.finding-card-sentence').innerText()).toContain('GDP quý I/2024 ước tính tăng 5,66%');
      await app.shot('1-the-loi-khi-re-chuot');
      expect(app.problems).toEqual([]);
      await page.close();
    });

    it('apply a fix: with a click, then with the keyboard; each goes at once, and undo brings it back', async () => {
      const app = await openApp(browser, bridge.url);
      const { page } = app;
      await page.locator('input[type="date"]').fill('2024-06-03');
      await app.paste(sampleDraft);
      await app.checked();

      // From the panel to the finding: the cursor goes there and its card shows.
      await page.locator('.finding-item', { hasText: '5,76%' }).click();
      const fix = page.getByRole('button', { name: /Sửa thành “5,66%”/ });
      await fix.waitFor();
      await app.shot('2-truoc-khi-sua');
      await fix.click();
      expect(await app.draftText()).toContain('GDP quý I/2024 ước tăng 5,66%');
      expect(await page.locator('.cm-finding', { hasText: '5,76%' }).count()).toBe(0);
      expect(await page.locator('.finding-item', { hasText: '5,76%' }).count()).toBe(0);
      await app.checked();
      expect(await page.locator('.finding-item', { hasText: '5,66%' }).count()).toBe(0);
      await app.shot('2-sau-khi-sua');

      // Keyboard: F8 moves to the next finding, Alt+Enter applies its fix.
      await app.editor.click();
      await page.keyboard.press('Control+Home');
      const before = await page.locator('.cm-finding').count();
      await page.keyboard.press('F8');
      const active = page.locator('.cm-finding-active');
      await active.waitFor();
      const words = await active.innerText();
      await page.keyboard.press('Alt+Enter');
      await expect.poll(() => page.locator('.cm-finding').count()).toBeLessThan(before);
      expect(await app.draftText()).not.toContain(words);

      // One undo takes the last fix back, whole.
      await page.keyboard.press('Control+z');
      expect(await app.draftText()).toContain(words);
      await app.checked();
      await page.locator('.cm-finding', { hasText: words }).first().waitFor();

      // The draft survives a reload (it is saved as it is typed).
      await page.waitForTimeout(600);
      await page.reload();
      await page.locator('.editor-host[data-ready="true"]').waitFor();
      expect(await app.draftText()).toContain('GDP quý I/2024 ước tăng 5,66%');
      expect(app.problems).toEqual([]);
      await page.close();
    });

    it('import a directive, correct one of its figures, and the next check expects the corrected figure', async () => {
      const app = await openApp(browser, bridge.url);
      const { page } = app;
      const draft =
        'Theo Hướng dẫn số 185-HD/BTGTW, tốc độ tăng tổng sản phẩm trong nước (GDP) năm 2024 ước đạt 7,09%, vượt mục tiêu đề ra.';
      await page.locator('input[type="date"]').fill('2025-01-10');
      await app.paste(draft);
      await app.checked();
      expect(await page.locator('.cm-finding', { hasText: '7,09%' }).count()).toBe(0);

      // Import through the preview.
      await page.getByRole('tab', { name: 'Thư viện văn bản' }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Nhập văn bản…' }).click();
      await (await chooser).setFiles(holdoutDirective);
      const preview = page.getByRole('dialog', { name: 'Xem trước văn bản sẽ nhập' });
      await preview.waitFor();
      expect(await preview.locator('.preview-number').innerText()).toBe('185-HD/BTGTW');
      expect(await preview.innerText()).toMatch(/Ban Tuyên giáo Trung ương/);
      expect(await preview.locator('.preview-counts').innerText()).toMatch(/^\d+ số liệu · \d+ trích dẫn · \d+ văn bản viện dẫn · \d+ nội dung yêu cầu$/);
      expect(await preview.getByText('7,09%', { exact: true }).count()).toBe(1);
      await app.shot('3-xem-truoc-khi-nhap');
      await preview.getByRole('button', { name: 'Lưu vào thư viện' }).click();
      const detail = page.locator('.directive-detail');
      await detail.getByRole('heading', { name: /185-HD\/BTGTW/ }).waitFor();

      // Correct the figure in place.
      const row = detail.locator('tr', { has: page.getByRole('button', { name: /Sửa Số liệu: 7,09%/ }) });
      await row.getByRole('button', { name: /Sửa Giá trị/ }).click();
      await row.getByRole('textbox', { name: 'Giá trị' }).fill('7,19');
      await row.getByRole('textbox', { name: 'Giá trị' }).press('Enter');
      await detail.getByRole('button', { name: /Sửa Số liệu: 7,19%/ }).waitFor();
      await app.shot('3-sua-so-lieu');

      // Back to the draft: it was checked again against the corrected figure.
      await page.getByRole('tab', { name: 'Bản thảo' }).click();
      const finding = page.locator('.cm-finding-error', { hasText: '7,09%' });
      await finding.waitFor();
      await finding.hover();
      await page.locator('.finding-card-expected', { hasText: '7,19%' }).waitFor();
      expect(await page.locator('.finding-item', { hasText: '7,09%' }).innerText()).toMatch(/7,09%\s*→\s*7,19%/);
      await app.shot('3-kiem-tra-theo-so-lieu-da-sua');
      expect(app.problems).toEqual([]);
      await page.close();
    });

    it('search the library as you type, without diacritics', async () => {
      const app = await openApp(browser, bridge.url);
      const { page } = app;
      await page.getByRole('tab', { name: 'Thư viện văn bản' }).click();
      const table = page.getByRole('table', { name: 'Các văn bản chỉ đạo trong thư viện' });
      await table.locator('tbody tr').first().waitFor();
      const all = await table.locator('tbody tr').count();
      await page.getByRole('searchbox', { name: 'Tìm văn bản' }).pressSequentially('tuyen giao thanh uy', { delay: 20 });
      await page.getByText(/kết quả cho “tuyen giao thanh uy”/).waitFor();
      expect(await table.locator('tbody tr', { hasText: '98-HD/BTGThU' }).count()).toBe(1);
      expect(await table.locator('.row-snippet').first().innerText()).toMatch(/tuyên giáo/i);
      await app.shot('4-tim-kiem-khong-dau');

      await page.getByRole('searchbox', { name: 'Tìm văn bản' }).fill('khongcovanbannaonhuvay');
      await page.getByText('Không tìm thấy văn bản nào khớp “khongcovanbannaonhuvay”.').waitFor();
      await page.getByRole('searchbox', { name: 'Tìm văn bản' }).fill('');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(all);

      // The window speaks English when asked.
      await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
      await page.getByRole('tab', { name: 'Directive library' }).waitFor();
      await app.shot('4-tieng-anh');
      await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
      expect(app.problems).toEqual([]);
      await page.close();
    });
  },
);
