import type { BrowserContext, Locator, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type Harness, startHarness } from './harness.ts';

let harness: Harness;
let context: BrowserContext;
let page: Page;
/** Console errors and uncaught exceptions: a CSP violation or a crash fails the journey even if it goes on. */
const problems: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  context = await harness.browser.newContext({ locale: 'vi-VN', viewport: { width: 1100, height: 900 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
});

// A failed step says where the browser was and what it showed.
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !page) return;
  const text = await page
    .locator('main')
    .textContent()
    .catch(() => '(no main)');
  console.error(`At ${page.url()}:\n${text}\nConsole: ${problems.join('\n') || '(nothing)'}`);
});

afterAll(async () => {
  await context?.close();
  await harness?.close();
});

/** Presses Enter on an element after moving focus to it, as a keyboard user would. */
async function activate(locator: Locator): Promise<void> {
  await locator.focus();
  await page.keyboard.press('Enter');
}

/** The page title and the heading that took focus after an in-portal navigation. */
async function expectFocusedHeading(name: string | RegExp): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name });
  await heading.waitFor();
  await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
}

/** A day/month/year date input of the form, by field name. */
async function typeDate(field: string, date: Date): Promise<void> {
  await page.locator(`#to-khai-${field}`).fill(String(date.getUTCDate()));
  await page.locator(`#to-khai-${field}-month`).fill(String(date.getUTCMonth() + 1));
  await page.locator(`#to-khai-${field}-year`).fill(String(date.getUTCFullYear()));
}

const days = (n: number) => new Date(Date.now() + n * 86_400_000);
/**
 * Waits for the form to show the given step; if it stays put with an error summary, fails with what the summary says.
 */
async function expectCurrentStep(step: number): Promise<void> {
  const heading = page.locator('.motcua-dossier-form__page[data-current] .motcua-dossier-form__progress', {
    hasText: `Bước ${step}/`,
  });
  const summary = page.getByRole('alert');
  await Promise.race([heading.waitFor(), summary.first().waitFor()]);
  if (!(await heading.isVisible()))
    throw new Error(`Still before step ${step}: ${await summary.allTextContents()}`);
}

const continueButton = () => page.getByRole('button', { name: 'Tiếp tục', exact: true });

describe('the reference portal', () => {
  let dossierCode = '';

  it('finds a procedure with the keyboard: skip link, search combobox, focus on the new page', async () => {
    await page.goto(harness.portalUrl);
    await expect.poll(() => page.title()).toBe('Tìm thủ tục hành chính – Cổng dịch vụ công (bản mẫu)');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await expectNoAxeViolations(page, 'the home page');

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua để đến nội dung chính' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const search = page.getByRole('combobox', { name: /Tìm thủ tục hành chính/ });
    await search.focus();
    await page.keyboard.type('dang ky tam tru');
    await page
      .getByRole('option', { name: /Đăng ký tạm trú/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'the search with its results open');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/thu-tuc\/1\.004194$/);
    await expectFocusedHeading('Đăng ký tạm trú');
    expect(await page.title()).toBe('Đăng ký tạm trú – Cổng dịch vụ công (bản mẫu)');
    await page.getByRole('table').first().waitFor();
    await expectNoAxeViolations(page, 'the procedure page');
  });

  it('signs in with a sandbox persona through the e-ID (OpenID Connect) flow', async () => {
    await activate(page.getByRole('button', { name: 'Đăng nhập để nộp hồ sơ' }));
    await page.waitForURL((url) => url.pathname === '/auth/authorize');
    await expectNoAxeViolations(page, "the e-ID's sign-in page");
    await activate(page.getByRole('button', { name: /Nguyễn Văn An/ }));
    await page.waitForURL(/\/nop-ho-so\/1\.004194$/);
    await expectFocusedHeading(/^Nộp hồ sơ: Đăng ký tạm trú/);
    await page.getByText('Đã đăng nhập: Nguyễn Văn An').waitFor();
  });

  it('fills the e-form: prefill with consent, an attachment, check answers, submit', async () => {
    await page
      .getByRole('combobox', { name: 'Nơi nộp hồ sơ' })
      .selectOption({ label: 'Trung tâm Phục vụ hành chính công thành phố Hà Nội' });
    const prefill = page.getByRole('region', { name: 'Dùng thông tin Nhà nước đã có' });
    await prefill.getByRole('checkbox').check();
    await activate(prefill.getByRole('button', { name: 'Lấy thông tin' }));
    await prefill.getByText(/^Đã điền sẵn \d+ thông tin/).waitFor();
    expect(await page.locator('#to-khai-applicantFullName').inputValue()).toBe('Nguyễn Văn An');
    await expectNoAxeViolations(page, 'the form, first page, prefilled');
    await activate(continueButton());

    // Second page: where and why, with an attachment.
    await page.locator('#to-khai-temporaryAddress-provinceCode').waitFor();
    await expect.poll(() => page.locator('#to-khai-temporaryAddress-provinceCode').isEnabled()).toBe(true);
    await page.locator('#to-khai-temporaryAddress-provinceCode').selectOption('01');
    await expect.poll(() => page.locator('#to-khai-temporaryAddress-communeCode').isEnabled()).toBe(true);
    await page.locator('#to-khai-temporaryAddress-communeCode').selectOption('00004');
    const street = page.locator('#to-khai-temporaryAddress-street');
    if ((await street.inputValue()) === '') await street.fill('Số 5 ngõ 12 phố Đội Cấn');
    await page.locator('#to-khai-purpose').selectOption('work');
    await typeDate('from', days(1));
    await typeDate('until', days(180));
    await page.locator('#to-khai-rentalContract-input').setInputFiles({
      name: 'hop-dong-thue-nha.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    // Exact: while the file is still going up, the status reads "Đã tải lên 40%".
    await page.getByText('Đã tải lên', { exact: true }).waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page, 'the form, second page, with an upload');
    await activate(continueButton());

    // Third page: the householder.
    await expectCurrentStep(3);
    await page.locator('#to-khai-householderFullName').fill('Trần Văn Bình');
    await page.locator('#to-khai-householderCitizenId').fill('001190123456');
    await page.locator('#to-khai-relationToHouseholder').selectOption('tenant');
    await activate(continueButton());

    // Last page: the declaration, left unticked first to see the error summary take focus.
    await page.locator('#to-khai-declaration').waitFor();
    await activate(continueButton());
    const summary = page.getByRole('alert').filter({ hasText: 'Tôi cam đoan' });
    await summary.waitFor();
    expect(await page.title()).toMatch(/^Lỗi: /);
    await expectNoAxeViolations(page, 'the form with an error summary');
    await page.locator('#to-khai-declaration').check();
    await activate(continueButton());

    await page.getByRole('heading', { name: 'Kiểm tra lại thông tin trước khi nộp' }).waitFor();
    await page.getByText('hop-dong-thue-nha.pdf').waitFor();
    await expectNoAxeViolations(page, 'check your answers');
    await activate(page.getByRole('button', { name: 'Nộp hồ sơ' }));

    await page.waitForURL(/\/ho-so\/[^/?]+\?moi=1$/, { timeout: 15_000 });
    dossierCode = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    expect(dossierCode).toMatch(/^000\.00\.01\.H26-\d{6}-\d{4}$/);
    await expectFocusedHeading(`Hồ sơ ${dossierCode}`);
    await page.getByRole('heading', { name: 'Đã nộp hồ sơ' }).waitFor();
    await page.getByRole('heading', { name: 'Quá trình xử lý hồ sơ' }).waitFor();
    await expectNoAxeViolations(page, 'the filed dossier');
  });

  it('signs the filed contract remotely (the sandbox phone confirms), keeps it on reload, and pays the fee', async () => {
    const signing = page.getByRole('region', { name: 'Ký số giấy tờ' });
    await activate(signing.getByRole('button', { name: 'Ký số hop-dong-thue-nha.pdf' }));
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'the signature prompt');
    await dialog.getByRole('radio', { name: 'VNPT SmartCA' }).focus();
    await page.keyboard.press('Space');
    await activate(dialog.getByRole('button', { name: 'Gửi yêu cầu ký' }));
    const signed = signing.getByText(/Đã ký số lúc .+, người ký Nguyễn Văn An\./);
    await signed.waitFor({ timeout: 45_000 }); // the sandbox phone answers after 3 s; the prompt polls every 2 s
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.body.style.pointerEvents)).toBe('');

    // The signature is the platform's, attached to the dossier: a reload (nothing kept in the browser) shows it.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await signed.waitFor();
    expect(await signing.getByRole('button', { name: /^Ký số / }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the dossier with its signed contract');

    await activate(page.getByRole('button', { name: /^Thanh toán trực tuyến 7\.000/ }));
    await page.waitForURL((url) => url.pathname.endsWith('/checkout'));
    await expectNoAxeViolations(page, "the payment gateway's checkout page");
    await page.getByRole('button', { name: /^Thanh toán 7\.000/ }).click();
    await page.waitForURL((url) => url.searchParams.has('paymentId'));
    await page.getByText(/^Đã thanh toán 7\.000.+Mã tra cứu:/).waitFor();
    await expectNoAxeViolations(page, 'the dossier after payment');
  });

  it('lists the dossier under "Hồ sơ của tôi", and follows it live while the agency accepts it', async () => {
    await activate(
      page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hồ sơ của tôi' }),
    );
    await expectFocusedHeading('Hồ sơ của tôi');
    const row = page.getByRole('row').filter({ hasText: dossierCode });
    await row.waitFor();
    await expectNoAxeViolations(page, 'my dossiers');

    // The agency's desk, in another tab: its API key, its queue, accept.
    const desk = await context.newPage();
    await desk.goto(`${harness.portalUrl}/can-bo`);
    await desk.getByLabel('Khóa API của cơ quan').fill('sk_sandbox_h26_service_centre');
    await desk.getByRole('button', { name: 'Mở hàng đợi' }).press('Enter');
    await desk.getByRole('row').filter({ hasText: dossierCode }).waitFor();
    await expectNoAxeViolations(desk, 'the officer queue');

    await activate(row.getByRole('link', { name: dossierCode }));
    await expectFocusedHeading(`Hồ sơ ${dossierCode}`);
    await page.getByText('Đã ký số lúc', { exact: false }).waitFor();
    await desk.getByRole('button', { name: `Tiếp nhận hồ sơ ${dossierCode}` }).press('Enter');
    await desk.getByText(`Đã tiếp nhận hồ sơ ${dossierCode}.`).waitFor();
    await desk.close();
    // The citizen's page hears it over the event stream, without a reload.
    await page
      .locator('.motcua-status-tracker')
      .getByText('Được tiếp nhận', { exact: true })
      .first()
      .waitFor({
        timeout: 10_000,
      });
    await expectNoAxeViolations(page, 'the dossier being processed');
  });

  it('switches to English and to the dark theme, still without violations', async () => {
    await activate(page.getByRole('button', { name: 'Switch to English' }));
    await page.getByRole('heading', { level: 1, name: `Dossier ${dossierCode}` }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Appearance').selectOption('dark');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await expectNoAxeViolations(page, 'the dossier in English, dark');
  });

  it('offers to sign in again when the session has ended, and comes back to the same page', async () => {
    // A month later on the platform's clock: the access token and the refresh token have both expired.
    const advanced = await fetch(`${harness.apiUrl}/sandbox/clock/advance`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ days: 31 }),
    });
    expect(advanced.status).toBe(200);
    await page.goto(`${harness.portalUrl}/ho-so`);
    const alert = page.getByRole('alert').filter({ hasText: 'Your session has ended' });
    await alert.waitFor();
    await expectNoAxeViolations(page, 'my dossiers, signed out by expiry');
    await activate(alert.getByRole('button', { name: 'Sign in with VNeID' }));
    await page.waitForURL((url) => url.pathname === '/auth/authorize');
    await activate(page.getByRole('button', { name: /Nguyễn Văn An/ }));
    await page.waitForURL((url) => url.pathname === '/ho-so');
    await page.getByRole('row').filter({ hasText: dossierCode }).waitFor();
    // 401s from the expired session are expected in the console; nothing else is.
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });
});
