import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ROLE_LABELS, Role, SecondmentCategory, UnitType } from '@app/domain';
import { binary, createTestApp, filledRoster, finalizeRound, openRound, privateDatabaseUrl, rosterLine, type Session, signIn, signInAs, storeFullInputs, type TestApp, TEST_PASSWORD, unique } from '@app/testing';
import { DEMO_BATCH } from '../../apps/api/src/demo/demo-data';
import { type DemoAccount, seedDemo } from '../../apps/api/src/demo/seed-demo';
import { browserAvailable, buildWebConsole, CHROMIUM, launchBrowser, SCREENSHOTS } from '@app/testing/browser';
import { RubricVersion } from '../../apps/api/src/modules/rubrics/rubric-version.entity';
import { MENUS } from '../../apps/web/src/layout/menus';

/** A phone's viewport (iPhone 14), for the voter's page. */
const PHONE = { width: 390, height: 844 };

// A test here drives a real browser through several pages on a machine that runs other
// suites meanwhile: jest's limit is generous, and each browser action has a limit of its
// own below it (ACTION_TIMEOUT), so a page that never shows what is awaited fails naming it.
jest.setTimeout(240_000);
const ACTION_TIMEOUT = 60_000;

// Without Chromium (a newcomer's machine) the suite is skipped and says so; CI installs
// it and sets REQUIRE_BROWSER=1, so there its absence fails the suite instead.
if (!browserAvailable()) console.warn(`browser suite skipped: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH)`);
const suite = browserAvailable() ? describe : describe.skip;

suite('the web console in a browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let closeDatabase: () => Promise<void>;
  /** The demo's accounts, one per role (`npm run demo`'s story: 45 cadres in five categories). */
  let accounts: Map<Role, DemoAccount>;
  let staff: Session;
  let hostUnitId: string;

  beforeAll(async () => {
    // A database of its own on the server, so pages show the demo's story and nothing else.
    const database = await privateDatabaseUrl();
    closeDatabase = database.cleanup;
    t = await createTestApp({ url: database.url, env: { WEB_ROOT: buildWebConsole() } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });

    const admin = await t.factory.newUser(Role.OrgAdmin, { displayName: '组织部管理员' });
    accounts = new Map((await seedDemo(t.app, { username: admin.username, password: TEST_PASSWORD })).map((a) => [a.role, a]));
    staff = await signIn(t, Role.OrgStaff);
    hostUnitId = (await t.registry.newUnit(UnitType.Host, unique('乡镇'))).id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await closeDatabase?.();
  });

  const newContext = async (viewport = { width: 1366, height: 800 }): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    context.setDefaultTimeout(ACTION_TIMEOUT);
    return context;
  };
  /** A page in a browser of its own (no session, nothing cached). */
  const newPage = async (viewport?: { width: number; height: number }): Promise<Page> => (await newContext(viewport)).newPage();

  /** Signs in through the login page, in the page's own browser context. */
  const logInOn = async (page: Page, account: { username: string; password: string }): Promise<Page> => {
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('current-user').waitFor();
    return page;
  };

  /**
   * A page of the role's console. Each role signs in once, through the login page, in a
   * browser context kept for the suite (its session and cached files shared by the role's
   * pages, as tabs of one browser); later pages open where a login lands. Close the page,
   * not the context. A test that ends or alters a session uses `logInAlone`.
   */
  const signedIn = new Map<Role, BrowserContext>();
  const logIn = async (role: Role): Promise<Page> => {
    const context = signedIn.get(role);
    if (!context) {
      const page = await logInOn(await newPage(), accounts.get(role)!);
      signedIn.set(role, page.context());
      return page;
    }
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByTestId('current-user').waitFor();
    return page;
  };
  /** A page signed in with a session of its own: close its context when done. */
  const logInAlone = async (role: Role): Promise<Page> => logInOn(await newPage(), accounts.get(role)!);

  /** A demo account signed in through the API, for setting up what a test needs. */
  const apiSession = (role: Role): Promise<Session> => signInAs(t, accounts.get(role)!.username, accounts.get(role)!.password);

  /**
   * Answers the open confirmation (antd Popconfirm) with its button and waits until it
   * closes, which it does once the action it confirms has been answered. A click that
   * lands while the confirmation is still moving in is not taken, so the button is
   * clicked again until it closes (a click while the action runs is ignored by antd). A
   * refusal the page explains in a dialog fails the test with that explanation, unless
   * the test expects one.
   */
  const confirmPopup = async (page: Page, button: RegExp, { refusalExpected = false } = {}) => {
    const confirm = page.locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons').getByRole('button', { name: button });
    for (let attempt = 1; ; attempt++) {
      await confirm.click();
      if (await confirm.waitFor({ state: 'hidden', timeout: 5_000 }).then(() => true, () => false)) break;
      // Taken, and the action still running: it closes when answered.
      if (await confirm.evaluate((element) => element.classList.contains('ant-btn-loading')).catch(() => false)) {
        await confirm.waitFor({ state: 'hidden' });
        break;
      }
      if (attempt === 3) throw new Error(`the confirmation ${button} did not close after ${attempt} clicks`);
    }
    const refusal = page.locator('.ant-modal-confirm-error');
    if (!refusalExpected && (await refusal.isVisible())) throw new Error(`the page refused: ${await refusal.innerText()}`);
  };

  /**
   * Types both dates of a range picker, as a user does: the start, then the end, then
   * Enter. (The end typed alone, into a range already set, is not taken.)
   */
  const fillRange = async (scope: Locator, start: string, end: string) => {
    await scope.getByPlaceholder('开始日期').click();
    await scope.getByPlaceholder('开始日期').fill(start);
    await scope.getByPlaceholder('结束日期').click();
    await scope.getByPlaceholder('结束日期').fill(end);
    await scope.getByPlaceholder('结束日期').press('Enter');
  };

  /**
   * Waits until nothing in the page is still moving in (antd's entering motion classes
   * gone): a click on a dialog's button while the dialog zooms in may not be taken.
   */
  const settled = (page: Page) =>
    page.waitForFunction(() => {
      const { document } = globalThis as unknown as { document: { querySelector(selector: string): unknown } };
      return document.querySelector('[class*="-enter-active"], [class*="-appear-active"]') === null;
    });

  /** The select dropdown now open (antd keeps closed ones in the page, hidden). */
  const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

  /**
   * Chooses an option of the select in `field` (a form item) and waits until it shows as
   * chosen. A click that lands while the dropdown (or the dialog around it) is still
   * moving in is not taken, so the choice is made again until it shows.
   */
  const choose = async (field: Locator, option: string) => {
    const page = field.page();
    for (let attempt = 1; ; attempt++) {
      await field.getByRole('combobox').click();
      await openDropdown(page).getByTitle(option, { exact: true }).click();
      // The dropdown is elsewhere in the page: the text shows in the field once chosen.
      if (await field.filter({ hasText: option }).waitFor({ timeout: 3_000 }).then(() => true, () => false)) return;
      if (attempt === 3) throw new Error(`the option ${option} was not taken after ${attempt} tries`);
      await page.keyboard.press('Escape');
    }
  };

  const menuOf = (page: Page) => page.getByLabel('主菜单').getByRole('menuitem').allInnerTexts();

  it('logs each role in and shows only that role’s menu, with the user named in the header', async () => {
    for (const role of Object.values(Role)) {
      const page = await logIn(role);
      expect({ role, menu: (await menuOf(page)).map((text) => text.trim()) }).toEqual({ role, menu: MENUS[role].map((entry) => entry.label) });
      expect(await page.getByTestId('current-user').innerText()).toMatch(new RegExp(`^\\S+（${ROLE_LABELS[role]}）$`));
      // The first page of the menu is where a login lands.
      expect(new URL(page.url()).pathname).toBe(MENUS[role][0].path);
      await page.close();
    }
  });

  it('refuses a wrong password with a message in Chinese, and logging out returns to the login page for good', async () => {
    const page = await newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').fill(accounts.get(Role.OrgStaff)!.username);
    await page.getByLabel('密码').fill('not the password at all');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('用户名或密码错误');
    await page.context().close();

    const alone = await logInAlone(Role.OrgStaff);
    const stored = await alone.evaluate(() => (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem('cadre-assessment.tokens'));
    const old = JSON.parse(stored!) as { accessToken: string; refreshToken: string };
    // The login page shows at once; the server's answer to the logout may come after it.
    const loggedOut = alone.waitForResponse((response) => response.url().endsWith('/api/auth/logout'));
    await alone.getByRole('button', { name: '退出登录' }).click();
    await alone.getByRole('button', { name: /登\s*录/ }).waitFor();
    await loggedOut;
    // The session ended on the server, not only in this browser: the old tokens are refused.
    await t.http.get('/api/auth/me').set('authorization', `Bearer ${old.accessToken}`).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: old.refreshToken }).expect(401);
    await alone.goto(`${base}/cadres`);
    await alone.getByRole('button', { name: /登\s*录/ }).waitFor();
    await alone.context().close();
  });

  it('renews an expired access token silently: the page loads without asking to log in again', async () => {
    const page = await logInAlone(Role.OrgStaff);
    // An access token the API no longer accepts, beside a refresh token that still works.
    await page.evaluate(() => {
      // Runs in the page (the suites' TypeScript has no DOM types).
      const storage = (globalThis as unknown as { localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void } }).localStorage;
      const key = 'cadre-assessment.tokens';
      const pair = JSON.parse(storage.getItem(key)!) as { accessToken: string; refreshToken: string };
      storage.setItem(key, JSON.stringify({ ...pair, accessToken: `${pair.accessToken.slice(0, -4)}AAAA` }));
    });
    await page.goto(`${base}/cadres`);
    await page.getByTestId('current-user').waitFor();
    // Every cadre the database holds (the demo's 45 on the server run), 20 to a page.
    const total = ((await staff.get('/api/cadres?pageSize=1')).body as { total: number }).total;
    await page.getByText(`共 ${total} 人`).waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/cadres');
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'cadres.png') });
    await page.context().close();
  });

  it('imports a roster with one bad row: nothing stored, and the error shown on that row', async () => {
    const batch = await t.registry.newBatch({ name: unique('2024年度挂职历练') });
    const units = { homeUnits: [await t.registry.newUnit(UnitType.Sending, unique('区财政局'))], hostUnits: [await t.registry.newUnit(UnitType.Host, unique('街道'))] };
    const template = (await staff.get('/api/imports/roster/template.xlsx').buffer(true).parse(binary)).body as Buffer;
    // The third line (row 4 of the sheet) has a national id whose check digit is wrong.
    const lines = [0, 1, 2].map((i) => rosterLine(i, units, { name: unique(`导入${i}`) }));
    lines[2] = { ...lines[2], nationalId: `${lines[2].nationalId.slice(0, 17)}${lines[2].nationalId.endsWith('0') ? '1' : '0'}` };
    const dir = mkdtempSync(join(tmpdir(), 'roster-'));
    const file = join(dir, '花名册.xlsx');
    writeFileSync(file, await filledRoster(template, lines));

    const page = await logIn(Role.OrgStaff);
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '花名册导入' }).click();
    await page.getByLabel('历练批次').click();
    await page.getByTitle(batch.name).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: '开始导入' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('未导入任何数据');
    const rows = page.getByTestId('import-errors').locator('tbody tr');
    expect(await rows.count()).toBe(1);
    const [row, column, message] = await rows.first().locator('td').allInnerTexts();
    expect({ row, column }).toEqual({ row: '4', column: '身份证号' });
    expect(message).toContain('身份证');
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'roster-import-errors.png'), fullPage: true });
    // The same roster with each error marked in it, to correct and upload again.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载标注错误的花名册' }).click();
    const marked = await downloading;
    expect(marked.suggestedFilename()).toBe('花名册错误报告.xlsx');
    const markedBook = new ExcelJS.Workbook();
    await markedBook.xlsx.readFile(await marked.path());
    expect(JSON.stringify(markedBook.getWorksheet('花名册')?.getSheetValues())).toContain('身份证号校验码不正确');
    // All rows or none: not even the good lines were stored.
    expect(((await staff.get(`/api/cadres?batchId=${batch.id}`)).body as { total: number }).total).toBe(0);
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('scores a cadre in the grid: computed cells read-only, each number explained, and the total appears with the last score', async () => {
    const demoStaff = await apiSession(Role.OrgStaff);
    const host = await apiSession(Role.HostUnit);
    const batch = ((await demoStaff.get('/api/batches?pageSize=100')).body as { items: { id: string; name: string }[] }).items.find((b) => b.name === DEMO_BATCH.name)!;
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const round = (
      await demoStaff.post('/api/rounds', {
        batchId: batch.id, name: '2023年第三季度挂职干部考核', type: 'QUARTERLY', periodStart: '2023-07-01', periodEnd: '2023-09-30',
        rubricVersionId: rubric.id, quotaKind: 'PERCENT', quotaValue: 20,
      }).expect(201)
    ).body as { id: string };
    await demoStaff.post(`/api/rounds/${round.id}/open`).expect(200);
    // A grassroots cadre of the demo's host unit: 3.1 from a closed democratic evaluation, 3.2 from the host unit.
    const assessments = (await host.get(`/api/rounds/${round.id}/assessments`)).body as { id: string; cadre: { name: string }; category: string; version: number }[];
    const chosen = assessments.find((a) => a.category === 'GRASSROOTS')!;
    const session = (await demoStaff.post('/api/ballot-sessions', { assessmentId: chosen.id, expectedVoters: 3 }).expect(201)).body as { id: string; codes: string[] };
    for (const [i, code] of session.codes.entries()) await t.http.post('/api/ballots').send({ code, choice: i === 0 ? 'COMPETENT' : 'EXCELLENT' }).expect(201);
    await demoStaff.post(`/api/ballot-sessions/${session.id}/close`).expect(200);
    const version = ((await host.get(`/api/assessments/${chosen.id}`)).body as { version: number }).version;
    const evaluated = (await host.put(`/api/assessments/${chosen.id}/host-unit-evaluation`, { version, points: 9, opinion: '工作扎实，群众认可' }).expect(200)).body as { version: number };
    const prefilled = { '1.1': 8, '1.2': 5, '1.3': 6, '2.1': 11, '2.2': 9, '2.3': 7, '4.1': 7.5, '4.2': 6.5 };
    await demoStaff.put(`/api/assessments/${chosen.id}/scores`, { version: evaluated.version, scores: Object.entries(prefilled).map(([subItemCode, points]) => ({ subItemCode, points })) }).expect(200);

    const page = await logIn(Role.OrgStaff);
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '考核轮次' }).click();
    await page.getByRole('link', { name: '2023年第三季度挂职干部考核' }).click();
    await page.getByRole('tab', { name: '评分' }).click();
    const name = chosen.cadre.name;
    const total = page.getByTestId(`total-${name}`);
    await expect(total.innerText()).resolves.toBe('待完成');
    // 3.1 is computed from the ballots: shown, not typed; its explanation on hover.
    const ballots = page.getByTestId(`cell-${chosen.id}-3.1`);
    expect(await ballots.innerText()).toBe('9.33');
    await ballots.hover();
    await expect(page.getByRole('tooltip').filter({ hasText: '民主评议' }).innerText()).resolves.toContain('优秀');
    expect(await page.getByLabel(`${name} 3.1`).count()).toBe(0);

    // The department's first eight sub-items are in already (stored before the page opened); the last three are typed.
    const org = { '5.1': 5, '5.2': 4.5, '5.3': 4.8 };
    for (const [code, points] of Object.entries(org)) {
      const cell = page.getByLabel(`${name} ${code}`);
      await cell.fill(String(points));
      // Each cell saves on leaving it (Enter leaves it); wait for the save before the next.
      const saved = page.waitForResponse((response) => response.url().includes(`/api/assessments/${chosen.id}/scores`));
      await cell.press('Enter');
      expect((await saved).status()).toBe(200);
    }
    // 11 of the department's (8 stored, 3 typed) + 9.33 (ballots) + 9 (host unit) = 92.63
    // The answer to the last save re-renders the row: wait for it rather than read at once.
    await total.filter({ hasText: '92.63' }).waitFor();
    expect(await total.innerText()).toBe('92.63');
    const stored = (await demoStaff.get(`/api/assessments/${chosen.id}`)).body as { score: { total: number } };
    expect(stored.score.total).toBe(92.63);
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'scoring.png') });
    await page.close();
  });

  it('calibrates with the quota line under the last Excellent place; a leader approves from the queue; publicity with an objection answered; finalized', async () => {
    const names = ['王建国', '李明', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽'].map((n) => `${n}${unique('').slice(-3)}`);
    const round = await openRound(t, staff, { cadres: names.map((name) => ({ name })), hostUnitId, quota: { kind: 'COUNT', value: 2 } });
    const { name: roundName, assessments } = round;
    // Every input stored, each cadre a little below the last on 1.1: eight distinct totals.
    for (const [i, a] of assessments.entries()) await storeFullInputs(t.dataSource, a.id, staff.user.id, { minus11: i * 37 });

    const page = await logIn(Role.OrgStaff);
    await page.goto(`${base}/rounds/${round.id}`);
    await page.getByRole('button', { name: '结束评分，进入校准' }).click();
    await confirmPopup(page, /确\s*定/);
    const board = page.getByRole('tabpanel', { name: '校准' });
    const rows = board.locator('.ant-table-tbody tr.ant-table-row');
    await rows.nth(7).waitFor();
    expect(await rows.count()).toBe(8);
    const ranks = (await rows.locator('td:first-child').allInnerTexts()).map(Number);
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // The line under the second place, the last the quota of 2 allows; the first two proposed Excellent.
    const line = board.getByTestId('quota-line');
    expect(await line.locator('td:first-child').innerText()).toBe('2');
    const grades = await rows.locator('td:nth-child(5)').allInnerTexts();
    expect(grades.map((g) => g.trim())).toEqual(['优秀', '优秀', '称职', '称职', '称职', '称职', '称职', '称职']);
    // A grade set by hand, with its reason: the last place made 基本称职.
    const last = rows.nth(7);
    const lastName = (await last.locator('td:nth-child(2)').innerText()).trim();
    await last.getByRole('button', { name: /调\s*整/ }).click();
    const decide = page.getByRole('dialog').filter({ hasText: `调整等次：${lastName}` });
    await decide.getByText('不定等次的理由').waitFor();
    await settled(page);
    await choose(decide.locator('.ant-form-item').filter({ hasText: '确定等次（不调整则按建议）' }), '基本称职');
    await decide.getByLabel('调整理由').fill('年度内两次因工作失误被约谈');
    await decide.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已调整 ${lastName} 的等次`).waitFor();
    await last.getByText('基本称职', { exact: true }).waitFor();
    expect(await last.innerText()).toContain('调整理由：年度内两次因工作失误被约谈');
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'calibration.png'), fullPage: true });
    await page.getByRole('button', { name: '报送审批' }).click();
    await confirmPopup(page, /报\s*送/);
    await page.getByText('待审批', { exact: true }).last().waitFor();
    await page.close();

    const leader = await logIn(Role.Leader);
    await leader.getByLabel('主菜单').getByRole('menuitem', { name: '待审批' }).click();
    await leader.getByRole('link', { name: roundName }).click();
    await leader.getByRole('button', { name: '审批通过' }).click();
    await confirmPopup(leader, /通\s*过/);
    await leader.getByText('已审批', { exact: true }).waitFor();
    expect(((await staff.get(`/api/rounds/${round.id}`)).body as { status: string }).status).toBe('APPROVED');
    await leader.close();

    // Publicity: the notice lists the two Excellent; an objection is answered in writing; then the round is finalized.
    const org = await logIn(Role.OrgStaff);
    await org.goto(`${base}/rounds/${round.id}`);
    await org.getByRole('button', { name: '开始公示' }).click();
    await confirmPopup(org, /开\s*始/);
    const publicity = org.getByRole('tabpanel', { name: '公示' });
    await publicity.getByText('拟评为优秀等次人员（按排名）').waitFor();
    const listed = (await publicity.locator('.ant-table-tbody').first().locator('tr.ant-table-row td:first-child').allInnerTexts()).map((n) => n.trim());
    expect(listed).toHaveLength(2);
    const { excellent } = (await staff.get(`/api/rounds/${round.id}/publicity`)).body as { excellent: { assessmentId: string; name: string }[] };
    expect(listed).toEqual(excellent.map((e) => e.name));
    await staff.post(`/api/assessments/${excellent[0].assessmentId}/objections`, { reason: '该同志实际在岗时间不足' }).expect(201);
    await org.reload();
    await org.getByRole('tab', { name: '公示' }).click();
    await publicity.getByRole('row', { name: /该同志实际在岗时间不足/ }).getByText('处理', { exact: true }).click();
    await org.getByLabel('核查情况及处理意见').fill('经核查，该同志考勤记录完整，在岗时间符合要求');
    await org.getByRole('dialog').getByRole('button', { name: /提\s*交/ }).click();
    await publicity.getByText('不予采纳').waitFor();
    // No test waits five working days: the publicity is moved into the past.
    await t.dataSource.query(`UPDATE assessment_round SET publicity_started_at = publicity_started_at - interval '30 days' WHERE id = $1`, [round.id]);
    await org.getByRole('button', { name: /^办\s*结$/ }).click();
    await confirmPopup(org, /办\s*结/);
    await org.getByText('已办结', { exact: true }).first().waitFor();
    expect(((await staff.get(`/api/rounds/${round.id}`)).body as { status: string }).status).toBe('FINALIZED');

    // The distribution of its grades by category, as a chart with the counts beside it.
    await org.getByLabel('主菜单').getByRole('menuitem', { name: '等次分布' }).click();
    await org.getByLabel('选择考核').click();
    await org.locator(`.ant-select-item-option[title="${roundName}"]`).click();
    await org.getByRole('img', { name: '各历练类别的等次分布' }).waitFor();
    await org.locator('.ant-statistic').filter({ hasText: '考核人数' }).filter({ hasText: '8' }).waitFor();
    expect(await org.locator('.ant-statistic').filter({ has: org.getByText('优秀', { exact: true }) }).innerText()).toContain('2');
    // One category, three grades in it (优秀 2, 称职 5, 基本称职 1 set by hand): a bar for each.
    expect(await org.locator('.ant-statistic').filter({ has: org.getByText('基本称职', { exact: true }) }).innerText()).toContain('1');
    expect(await org.getByRole('img', { name: '各历练类别的等次分布' }).locator('rect').count()).toBe(3);
    await org.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'dashboard.png') });
    await org.close();
  });

  it('opens a dossier from the leader’s one-click search, with the finalized result in it', async () => {
    const names = ['周文博', '吴晓东', '郑雅'].map((n) => `${n}${unique('').slice(-3)}`);
    const round = await openRound(t, staff, { cadres: names.map((name) => ({ name })), hostUnitId, name: unique('2023年度期满考核'), type: 'FINAL', quota: { kind: 'COUNT', value: 1 } });
    const { name: roundName, assessments } = round;
    // The first name scores highest: the one Excellent place is theirs.
    for (const a of assessments) await storeFullInputs(t.dataSource, a.id, staff.user.id, { minus11: names.indexOf(a.cadre.name) * 50 });
    await finalizeRound(t, staff, await signIn(t, Role.Leader), round.id);

    const page = await logIn(Role.Leader);
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '成长档案' }).click();
    await page.getByPlaceholder('输入姓名、单位或岗位，一键查询').fill(names[0]);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByRole('link', { name: names[0] }).click();
    await page.getByText(`${names[0]} 的成长档案`).waitFor();
    const result = page.getByRole('row', { name: new RegExp(roundName) });
    await expect(result.innerText()).resolves.toContain('优秀');
    await expect(result.innerText()).resolves.toContain('100');
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'dossier.png'), fullPage: true });

    // The round's reports, one click each: the summary comes down as its Chinese-named workbook.
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '考核轮次' }).click();
    await page.getByRole('link', { name: roundName }).click();
    await page.getByRole('tab', { name: '报表' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('listitem').filter({ hasText: '考核结果汇总表' }).getByRole('button', { name: /导\s*出/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/汇总.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(JSON.stringify(workbook.worksheets[0].getSheetValues())).toContain(names[0]);
    await page.close();
  });

  it('lets the host unit evaluate its cadre and the certifier issue its certificate, each from its own menu', async () => {
    const demoStaff = await apiSession(Role.OrgStaff);
    const batch = ((await demoStaff.get('/api/batches?pageSize=100')).body as { items: { id: string; name: string }[] }).items.find((b) => b.name === DEMO_BATCH.name)!;
    const rubric = await t.dataSource.getRepository(RubricVersion).findOneByOrFail({ name: '四查四看考评细则（默认版）' });
    const roundName = '2023年第四季度挂职干部考核';
    const round = (
      await demoStaff.post('/api/rounds', {
        batchId: batch.id, name: roundName, type: 'QUARTERLY', periodStart: '2023-10-01', periodEnd: '2023-12-31',
        rubricVersionId: rubric.id, quotaKind: 'PERCENT', quotaValue: 20,
      }).expect(201)
    ).body as { id: string };
    await demoStaff.post(`/api/rounds/${round.id}/open`).expect(200);
    const certifiers = ((await demoStaff.get('/api/units?type=CERTIFIER&pageSize=100')).body as { items: { id: string }[] }).items.map((u) => u.id);
    await demoStaff.put(`/api/rounds/${round.id}/certifiers`, { unitIds: certifiers }).expect(204);

    // The host unit: its cadres of the open rounds; it scores 3.2 and writes its opinion.
    const host = await logIn(Role.HostUnit);
    await host.getByLabel('主菜单').getByRole('menuitem', { name: '用人单位评价' }).click();
    const hostRow = host.getByRole('row', { name: new RegExp(roundName) }).first();
    const cadreName = (await hostRow.locator('td').nth(1).innerText()).trim();
    await hostRow.getByRole('button', { name: /评\s*价/ }).click();
    await host.getByLabel('用人单位评价得分（3.2，满分 10 分）').fill('9.5');
    await host.getByLabel('书面评价意见').fill('工作扎实，作风过硬，群众认可度高');
    await host.getByRole('button', { name: '提交评价' }).click();
    await host.getByText(`已提交对 ${cadreName} 的评价`).waitFor();
    const assessments = (await demoStaff.get(`/api/rounds/${round.id}/assessments`)).body as { id: string; cadre: { name: string } }[];
    const evaluated = (await demoStaff.get(`/api/assessments/${assessments.find((a) => a.cadre.name === cadreName)!.id}`)).body as { entered: { source: string; points: number; comment: string }[] };
    expect(evaluated.entered.find((e) => e.source === 'HOST_UNIT')).toMatchObject({ points: 9.5, comment: '工作扎实，作风过硬，群众认可度高' });
    await host.close();

    // The certifier: only investment cadres; it issues results, appraisal and rating.
    const certifier = await logIn(Role.Certifier);
    await certifier.getByLabel('主菜单').getByRole('menuitem', { name: '双出具' }).click();
    const row = certifier.getByRole('row', { name: new RegExp(roundName) }).first();
    await row.waitFor();
    expect(await certifier.getByRole('row', { name: new RegExp(roundName) }).filter({ hasNotText: '招商一线' }).count()).toBe(0);
    const investmentCadre = (await row.locator('td').nth(1).innerText()).trim();
    await row.getByRole('button', { name: /出\s*具/ }).click();
    await certifier.getByLabel('签约项目（个）').fill('3');
    await certifier.getByLabel('落地项目（个）').fill('2');
    await certifier.getByLabel('合同引资（万元）').fill('52000');
    await certifier.getByLabel('到位资金（万元）').fill('18000.5');
    await certifier.getByLabel('工作鉴定').fill('招商意识强，对接项目扎实');
    await certifier.getByRole('radio', { name: '优秀' }).check();
    await certifier.getByRole('dialog').getByRole('button', { name: /出\s*具/ }).click();
    await certifier.getByText(`已出具 ${investmentCadre} 的招商成效和工作鉴定`).waitFor();
    const issued = (await demoStaff.get(`/api/assessments/${assessments.find((a) => a.cadre.name === investmentCadre)!.id}/certificates`)).body as { projectsSigned: number; fundsInPlace: number; rating: string }[];
    expect(issued).toEqual([expect.objectContaining({ projectsSigned: 3, fundsInPlace: 18000.5, rating: 'EXCELLENT' })]);
    await certifier.close();
  });

  it('lets a cadre record a day of work, showing the API’s refusal beside the date, and the host unit confirm it', async () => {
    const cadre = await logIn(Role.Cadre);
    expect(new URL(cadre.url()).pathname).toBe('/work-records');
    await cadre.getByRole('button', { name: '填报纪实' }).click();
    const dialog = cadre.getByRole('dialog');
    const content = `走访辖区企业3家，协调解决用工问题（${unique('')}）`;
    await dialog.getByLabel('工作内容').fill(content);
    // Today lies after the demo's secondment (2023): the API refuses, and says so beside the date.
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await expect(dialog.locator('.ant-form-item-explain-error').first().innerText()).resolves.toContain('应在挂职期间内');
    await dialog.getByLabel('日期').click();
    await dialog.getByLabel('日期').fill('2023年5月8日');
    // Enter takes the typed date and submits the form.
    await dialog.getByLabel('日期').press('Enter');
    await cadre.getByRole('cell', { name: content }).waitFor();
    await expect(cadre.getByRole('row', { name: new RegExp(content.slice(0, 8)) }).first().innerText()).resolves.toContain('待确认');
    await cadre.close();

    const host = await logIn(Role.HostUnit);
    await host.getByLabel('主菜单').getByRole('menuitem', { name: '工作纪实确认' }).click();
    const row = host.getByRole('row', { name: new RegExp(content.slice(0, 8)) }).first();
    await row.getByRole('button', { name: /确\s*认/ }).click();
    await host.getByText('已确认 2023年5月8日 的纪实').waitFor();
    await host.close();
  });

  it('starts a democratic evaluation with printable QR slips, takes a ballot on a phone, refuses the same code, and closes it', async () => {
    const cadreName = unique('李');
    const round = await openRound(t, staff, { cadres: [{ name: cadreName }], hostUnitId });
    // Org staff start it from the round: three codes, each on a slip with its QR code.
    const console = await logIn(Role.OrgStaff);
    await console.goto(`${base}/rounds/${round.id}`);
    await console.getByRole('tab', { name: '民主测评' }).click();
    const panel = console.getByRole('tabpanel', { name: '民主测评' });
    await panel.getByRole('row', { name: new RegExp(cadreName) }).getByRole('button', { name: /展开|Expand/i }).click();
    await panel.getByRole('button', { name: '发起民主测评' }).click();
    await console.getByLabel('参评人数（每人一个投票码）').fill('3');
    await console.getByRole('button', { name: '生成投票码' }).click();
    const slips = console.getByTestId('ballot-slips');
    await slips.getByRole('img').nth(2).waitFor();
    const codes = (await slips.locator('.ballot-slip strong').allInnerTexts()).map((c) => c.trim());
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    await console.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'ballot-slips.png') });
    await console.locator('.ant-modal-footer').getByRole('button', { name: /关\s*闭/ }).click();
    const [assessment] = round.assessments;
    const [listed] = (await staff.get(`/api/assessments/${assessment.id}/ballot-sessions`)).body as { id: string }[];
    const session = { id: listed.id, codes };

    // From the QR code's link: the code is already filled in.
    const page = await newPage(PHONE);
    await page.goto(`${base}/vote#code=${session.codes[0]}`);
    await page.getByText('优秀', { exact: true }).click();
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'vote.png') });
    await page.getByRole('button', { name: '提交评议' }).click();
    await page.getByText('投票成功').waitFor();
    const tally = (await staff.get(`/api/ballot-sessions/${session.id}`).expect(200)).body as { tally: { cast: number; counts: Record<string, number> } };
    expect(tally.tally.cast).toBe(1);
    expect(tally.tally.counts.EXCELLENT).toBe(1);
    // Fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Typed by hand, in lower case, the same code again.
    const again = await newPage(PHONE);
    await again.goto(`${base}/vote`);
    await again.getByLabel('投票码').fill(session.codes[0].toLowerCase());
    await again.getByText('称职', { exact: true }).click();
    await again.getByRole('button', { name: '提交评议' }).click();
    await expect(again.getByRole('alert').innerText()).resolves.toContain('该投票码无法使用');
    expect(((await staff.get(`/api/ballot-sessions/${session.id}`)).body as { tally: { cast: number } }).tally.cast).toBe(1);
    await page.context().close();
    await again.context().close();

    // Voting over: org staff close it, and the tally shows the one ballot.
    await console.getByRole('button', { name: '结束测评' }).click();
    await confirmPopup(console, /结\s*束/);
    await console.getByText('测评已结束：应到 3 人，实到 1 人').waitFor();
    await console.close();
  });
  it('lets an administrator add a host unit and an account for it, with the API’s refusal beside the password; the account signs in to the host unit’s menu', async () => {
    const page = await logIn(Role.OrgAdmin);
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '单位管理' }).click();
    await page.getByRole('button', { name: '新增单位' }).click();
    const unitName = unique('城东街道办事处');
    const code = `CD-${unique('').slice(-6)}`;
    const unitDialog = page.getByRole('dialog');
    await unitDialog.getByLabel('单位名称').fill(unitName);
    await unitDialog.getByLabel('单位代码').fill(code);
    await unitDialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已保存 ${unitName}`).waitFor();
    await page.getByPlaceholder('单位名称或代码').fill(code);
    await page.getByPlaceholder('单位名称或代码').press('Enter');
    await expect(page.getByRole('row', { name: new RegExp(code) }).innerText()).resolves.toContain('用人单位');

    await page.getByLabel('主菜单').getByRole('menuitem', { name: '用户管理' }).click();
    await page.getByRole('button', { name: '新增用户' }).click();
    const dialog = page.getByRole('dialog');
    const username = `cd${unique('').slice(-8)}`.toLowerCase();
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('城东街道（考核联络员）');
    await choose(dialog.locator('.ant-form-item').filter({ hasText: '角色' }), ROLE_LABELS[Role.HostUnit]);
    // The unit is looked up by what is typed.
    await dialog.getByLabel('所属用人单位').fill(code);
    await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: unitName }).click();
    // Long enough for the form, but the API refuses a password holding the username: shown beside the field.
    await dialog.getByLabel('初始密码').fill(`${username}-2023-chengdong`);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.locator('.ant-form-item').filter({ hasText: '初始密码' }).locator('.ant-form-item-explain-error').innerText()).resolves.toBe('不能包含用户名');
    const admin = await apiSession(Role.OrgAdmin);
    expect(((await admin.get(`/api/users?q=${username}`)).body as { total: number }).total).toBe(0);
    const password = `Chengdong-${unique('').slice(-6)}-liaison`;
    await dialog.getByLabel('初始密码').fill(password);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已保存 ${username}`).waitFor();
    await page.close();

    const created = await logInOn(await newPage(), { username, password });
    expect((await menuOf(created)).map((text) => text.trim())).toEqual(MENUS[Role.HostUnit].map((entry) => entry.label));
    await expect(created.getByTestId('current-user').innerText()).resolves.toBe(`城东街道（考核联络员）（${ROLE_LABELS[Role.HostUnit]}）`);
    await created.context().close();
  });

  it('puts an Excellent cadre into the talent pool: org staff decide with a recommendation, a leader reads it and exports the list', async () => {
    const names = [unique('孙志强'), unique('马丽娟')];
    const round = await openRound(t, staff, { cadres: names.map((name) => ({ name })), hostUnitId, type: 'FINAL', quota: { kind: 'COUNT', value: 1 } });
    for (const a of round.assessments) await storeFullInputs(t.dataSource, a.id, staff.user.id, { minus11: names.indexOf(a.cadre.name) * 50 });
    await finalizeRound(t, staff, await signIn(t, Role.Leader), round.id);

    const org = await logIn(Role.OrgStaff);
    await org.getByLabel('主菜单').getByRole('menuitem', { name: '储备人才库' }).click();
    await org.getByPlaceholder('姓名或原单位').fill(names[0]);
    await org.getByPlaceholder('姓名或原单位').press('Enter');
    const proposed = org.getByRole('row', { name: new RegExp(names[0]) });
    await expect(proposed.innerText()).resolves.toContain('待决定');
    await proposed.getByRole('button', { name: /决\s*定/ }).click();
    // Nothing written: the form asks for the recommendation first.
    // (A click while the dialog is still opening is not taken: pressed again until the form answers.)
    await org.getByLabel('推荐意见').waitFor();
    for (let attempt = 1; ; attempt++) {
      await org.getByRole('dialog').getByRole('button', { name: /提\s*交/ }).click();
      if (await org.getByText('请填写推荐意见').waitFor({ timeout: 3_000 }).then(() => true, () => false)) break;
      if (attempt === 3) throw new Error('the form did not ask for the recommendation');
    }
    await org.getByLabel('推荐意见').fill('期满考核优秀，建议作为乡镇党政正职储备人选');
    await org.getByRole('dialog').getByRole('button', { name: /提\s*交/ }).click();
    await org.getByText(`已决定 ${names[0]} 是否入库`).waitFor();
    await org.close();

    const leader = await logIn(Role.Leader);
    await leader.getByLabel('主菜单').getByRole('menuitem', { name: '储备人才库' }).click();
    await leader.getByPlaceholder('姓名或原单位').fill(names[0]);
    await leader.getByPlaceholder('姓名或原单位').press('Enter');
    const pooled = leader.getByRole('row', { name: new RegExp(names[0]) });
    await expect(pooled.innerText()).resolves.toContain('建议作为乡镇党政正职储备人选');
    expect(await pooled.innerText()).toContain('已入库');
    // Leaders read; only org staff decide: the leader's list has no 操作 column (org staff's has, above).
    expect(await leader.getByRole('columnheader', { name: '推荐意见' }).count()).toBe(1);
    expect(await leader.getByRole('columnheader', { name: '操作' }).count()).toBe(0);
    const downloading = leader.waitForEvent('download');
    await leader.getByRole('button', { name: '导出名单' }).click();
    const download = await downloading;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(JSON.stringify(workbook.worksheets[0].getSheetValues())).toContain(names[0]);
    await leader.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'talent-pool.png') });
    await leader.close();
  });

  it('lets a cadre report an achievement of a quarter and attach its evidence, and org staff review it', async () => {
    const cadre = await logIn(Role.Cadre);
    await cadre.getByLabel('主菜单').getByRole('menuitem', { name: '我的业绩' }).click();
    await cadre.getByRole('button', { name: '填报业绩' }).click();
    const description = `牵头完成片区重点项目征迁，提前一个月交地（${unique('')}）`;
    await cadre.getByRole('dialog').getByLabel('业绩内容').fill(description);
    await cadre.getByRole('dialog').getByRole('button', { name: /提\s*交/ }).click();
    const row = cadre.getByRole('row').filter({ hasText: description });
    await row.waitFor();
    expect(await row.innerText()).toContain('待审核');
    // A PNG by its content, whatever its name says.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    await row.locator('input[type=file]').setInputFiles({ name: '交地确认书.png', mimeType: 'image/png', buffer: png });
    await row.getByRole('button', { name: '交地确认书.png' }).waitFor();
    const entries = (await (await apiSession(Role.Cadre)).get('/api/performance-entries?pageSize=100')).body as { items: { description: string; cadre: { name: string }; evidence: { filename: string; type: string }[] }[] };
    const stored = entries.items.find((e) => e.description === description)!;
    expect(stored.evidence).toEqual([expect.objectContaining({ filename: '交地确认书.png', type: 'png' })]);
    await cadre.close();

    // Org staff review it from their list of what awaits review, the cadre named.
    const org = await logIn(Role.OrgStaff);
    await org.getByLabel('主菜单').getByRole('menuitem', { name: '业绩审核' }).click();
    const pending = org.getByRole('row').filter({ hasText: description });
    await expect(pending.innerText()).resolves.toContain(stored.cadre.name);
    await pending.getByRole('button', { name: /审\s*核/ }).click();
    await org.getByText(/^已审核 .+的业绩$/).waitFor();
    const reviewed = (await (await apiSession(Role.Cadre)).get('/api/performance-entries?status=REVIEWED&pageSize=100')).body as { items: { description: string }[] };
    expect(reviewed.items.map((e) => e.description)).toContain(description);
    await org.close();
  });

  it('shows what blocks each assessment of a round and who must act, and records an SOE cadre’s service-recipient interview', async () => {
    const soeName = unique('钱国企');
    const round = await openRound(t, staff, { cadres: [{ name: soeName, category: SecondmentCategory.StateEnterprise }, { name: unique('冯基层') }], hostUnitId });
    const soe = round.assessments.find((a) => a.cadre.name === soeName)!;

    const page = await logIn(Role.OrgStaff);
    await page.goto(`${base}/rounds/${round.id}`);
    await page.getByRole('tab', { name: '进度' }).click();
    const panel = page.getByRole('tabpanel', { name: '进度' });
    await panel.getByText('未完成（2）').waitFor();
    await panel.getByRole('row', { name: new RegExp(soeName) }).getByRole('button', { name: /展开|Expand/i }).click();
    const flow = panel.getByTestId(`flow-${soe.id}`);
    const interviews = flow.getByRole('row', { name: /服务对象谈话/ }).first();
    await expect(interviews.innerText()).resolves.toContain('待完成');
    expect(await interviews.innerText()).toContain(ROLE_LABELS[Role.OrgStaff]);
    await expect(flow.getByRole('row', { name: /民主评议/ }).first().innerText()).resolves.toContain('参评人员');

    await flow.getByRole('button', { name: '记录谈话' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('谈话对象单位').fill('郑州某某科技有限公司');
    await dialog.getByLabel('谈话对象职务').fill('办公室主任');
    await dialog.getByLabel('谈话日期').click();
    await dialog.getByLabel('谈话日期').fill('2023年11月20日');
    await dialog.getByLabel('谈话日期').press('Enter');
    await dialog.getByText('优秀', { exact: true }).click();
    await dialog.getByLabel('谈话要点').fill('对其协调用地、用电问题的效率评价很高');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await flow.getByRole('cell', { name: '郑州某某科技有限公司 办公室主任' }).waitFor();
    const stored = (await staff.get(`/api/assessments/${soe.id}/interviews`)).body as { rating: string; date: string }[];
    expect(stored).toEqual([expect.objectContaining({ rating: 'EXCELLENT', date: '2023-11-20' })]);
    // One interview of the three the round asks for: the step still waits.
    await expect(flow.getByRole('row', { name: /服务对象谈话/ }).first().innerText()).resolves.toContain('待完成');
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'round-progress.png'), fullPage: true });
    await page.close();
  });
  it('lets org staff open a batch and correct a cadre’s record and secondment, with the API’s refusal beside the period', async () => {
    const page = await logIn(Role.OrgStaff);
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '历练批次' }).click();
    await page.getByRole('button', { name: '新建批次' }).click();
    const batchName = unique('2025年度挂职历练');
    const batchDialog = page.getByRole('dialog');
    await batchDialog.getByLabel('批次名称').fill(batchName);
    await fillRange(batchDialog, '2025年1月1日', '2025年12月31日');
    await batchDialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已保存 ${batchName}`).waitFor();
    const batches = (await staff.get(`/api/batches?q=${encodeURIComponent(batchName)}`)).body as { items: { startDate: string; endDate: string; status: string }[] };
    expect(batches.items).toEqual([expect.objectContaining({ startDate: '2025-01-01', endDate: '2025-12-31', status: 'ACTIVE' })]);

    // A cadre of a 2023 batch: the post corrected; a period past the batch's end refused beside the field.
    const name = unique('卫');
    await openRound(t, staff, { cadres: [{ name }], hostUnitId });
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '干部名册' }).click();
    await page.getByPlaceholder('姓名、单位、职务或挂职岗位').fill(name);
    await page.getByPlaceholder('姓名、单位、职务或挂职岗位').press('Enter');
    await page.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name: /编\s*辑/ }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('现任职务').fill('区发展改革委副主任');
    await drawer.getByRole('button', { name: '保存干部信息' }).click();
    await page.getByText(`已保存 ${name} 的信息`).waitFor();
    await drawer.getByRole('row').filter({ hasText: '2023年' }).getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '编辑挂职经历' });
    await dialog.getByLabel('挂职岗位').fill('党委副书记（挂职）');
    await fillRange(dialog, '2023年3月1日', '2024年6月30日');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.locator('.ant-form-item').filter({ hasText: '挂职期间' }).locator('.ant-form-item-explain-error').innerText()).resolves.toContain('结束日期晚于批次结束日期');
    await fillRange(dialog, '2023年3月1日', '2023年12月31日');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存挂职经历').waitFor();
    const cadre = ((await staff.get(`/api/cadres?q=${encodeURIComponent(name)}`)).body as { items: { position: string; secondments: { post: string; endDate: string; batch: { name: string } }[] }[] }).items[0];
    expect(cadre.position).toBe('区发展改革委副主任');
    expect(cadre.secondments[0]).toMatchObject({ post: '党委副书记（挂职）', endDate: '2023-12-31' });
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'cadre-editor.png') });
    await page.locator('.ant-drawer-close').click();

    // The batch's roster, one click from its row, with the corrected post in it.
    const cadreBatch = cadre.secondments[0].batch.name;
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '历练批次' }).click();
    await page.getByPlaceholder('批次名称').fill(cadreBatch);
    await page.getByPlaceholder('批次名称').press('Enter');
    const downloading = page.waitForEvent('download');
    await page.getByRole('row', { name: new RegExp(cadreBatch) }).getByRole('button', { name: '导出花名册' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${cadreBatch}干部花名册.xlsx`);
    const roster = new ExcelJS.Workbook();
    await roster.xlsx.readFile(await download.path());
    const rows = JSON.stringify(roster.getWorksheet('花名册')?.getSheetValues());
    expect(rows).toContain(name);
    expect(rows).toContain('党委副书记（挂职）');
    await page.close();
  });

  it('ends a secondment from the cadre’s record: its comprehensive appraisal is composed, corrected, exported as the form to print, and filed', async () => {
    const name = unique('孙');
    const round = await openRound(t, staff, { cadres: [{ name }], hostUnitId, name: unique('2023年度期满考核'), type: 'FINAL' });
    await storeFullInputs(t.dataSource, round.assessments[0].id, staff.user.id, { minus11: 0 });
    await finalizeRound(t, staff, await signIn(t, Role.Leader), round.id);

    const page = await logIn(Role.OrgStaff);
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '干部名册' }).click();
    await page.getByPlaceholder('姓名、单位、职务或挂职岗位').fill(name);
    await page.getByPlaceholder('姓名、单位、职务或挂职岗位').press('Enter');
    await page.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name: /编\s*辑/ }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('row').filter({ hasText: '2023年' }).getByRole('button', { name: '期满鉴定' }).click();
    await confirmPopup(page, /期\s*满/);
    await page.getByText('已办理期满，综合鉴定草稿已生成').waitFor();
    await drawer.getByRole('link', { name: '综合鉴定' }).click();

    // The draft, composed from the data: the finalized round is in its grades.
    await page.getByText(`${name} 的成长档案`).waitFor();
    const appraisal = page.getByTestId('appraisal');
    await appraisal.getByText('草稿', { exact: true }).waitFor();
    await expect(appraisal.innerText()).resolves.toContain(round.name);

    // A section rewritten: text a spreadsheet would take for a formula is refused beside it.
    await appraisal.getByRole('button', { name: /修\s*改/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '修改综合鉴定' });
    await dialog.getByLabel('主要优点').waitFor();
    await settled(page);
    const strengths = dialog.locator('.ant-form-item').filter({ hasText: '主要优点' });
    await dialog.getByLabel('主要优点').fill('=善于统筹协调');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(strengths.locator('.ant-form-item-explain-error').innerText()).resolves.toContain('不能以空格或 = + - @ 开头');
    const written = '善于统筹协调，敢于攻坚克难，群众基础好。';
    await dialog.getByLabel('主要优点').fill(written);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存综合鉴定').waitFor();
    await appraisal.getByText(written).waitFor();

    // The form to print, with the rewritten section in it.
    const downloading = page.waitForEvent('download');
    await appraisal.getByRole('button', { name: '导出鉴定表' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`综合鉴定表-${name}.xlsx`);
    const form = new ExcelJS.Workbook();
    await form.xlsx.readFile(await download.path());
    expect(JSON.stringify(form.worksheets[0].getSheetValues())).toContain(written);

    // Filed: it no longer changes, and the console no longer offers to change it.
    await appraisal.getByRole('button', { name: /归\s*档/ }).click();
    await confirmPopup(page, /归\s*档/);
    await appraisal.getByText('已归档', { exact: true }).waitFor();
    expect(await appraisal.getByRole('button', { name: /修\s*改/ }).count()).toBe(0);
    const secondmentId = ((await staff.get(`/api/cadres/${round.assessments[0].cadre.id}`)).body as { secondments: { id: string }[] }).secondments[0].id;
    const stored = (await staff.get(`/api/secondments/${secondmentId}/appraisal`)).body as { status: string; sections: { aspect: string; text: string }[] };
    expect(stored.status).toBe('FILED');
    expect(stored.sections.find((s) => s.aspect === 'STRENGTHS')?.text).toBe(written);
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'appraisal.png'), fullPage: true });
    await page.close();
  });

  it('carries out the incentives a finalized round proposed: one amended and confirmed, its cadre made an exemplar; a leader reads them', async () => {
    const names = [unique('钱立新'), unique('冯晓')];
    const round = await openRound(t, staff, { cadres: names.map((name) => ({ name })), hostUnitId, type: 'FINAL', quota: { kind: 'COUNT', value: 1 } });
    for (const a of round.assessments) await storeFullInputs(t.dataSource, a.id, staff.user.id, { minus11: names.indexOf(a.cadre.name) * 50 });
    await finalizeRound(t, staff, await signIn(t, Role.Leader), round.id);

    const org = await logIn(Role.OrgStaff);
    await org.goto(`${base}/rounds/${round.id}`);
    await org.getByRole('tab', { name: '激励落实' }).click();
    const panel = org.getByRole('tabpanel', { name: '激励落实' });
    // The one Excellent, proposed; the other cadre has none.
    const row = panel.getByRole('row', { name: new RegExp(names[0]) });
    await expect(row.innerText()).resolves.toContain('拟激励');
    expect(await panel.getByRole('row', { name: new RegExp(names[1]) }).count()).toBe(0);
    await row.getByRole('button', { name: /落\s*实/ }).click();
    const decide = org.getByRole('dialog').filter({ hasText: '激励措施落实' });
    await decide.getByLabel('激励措施（可调整）').waitFor();
    await settled(org);
    const measure = '记三等功，优先推荐提拔使用';
    await decide.getByLabel('激励措施（可调整）').fill(measure);
    await decide.getByLabel('说明').fill('经部务会研究同意');
    await decide.getByRole('button', { name: /提\s*交/ }).click();
    await org.getByText(`已决定 ${names[0]} 的激励措施`).waitFor();
    // The list is read again after the dialog closes: wait for the row to say so.
    await row.getByText('已落实', { exact: true }).waitFor();
    expect(await row.innerText()).toContain(measure);

    await row.getByRole('button', { name: '树为标杆' }).click();
    const cite = org.getByRole('dialog').filter({ hasText: '树为示范标杆' });
    await cite.getByLabel('先进事迹').waitFor();
    await settled(org);
    await cite.getByRole('button', { name: /提\s*交/ }).click();
    await cite.getByText('请填写先进事迹').waitFor();
    const citation = '扎根乡村振兴一线，牵头建成现代农业产业园';
    await cite.getByLabel('先进事迹').fill(citation);
    await cite.getByRole('button', { name: /提\s*交/ }).click();
    await org.getByText(`已将 ${names[0]} 树为示范标杆`).waitFor();
    await row.getByText('示范标杆', { exact: true }).waitFor();
    const stored = (await staff.get(`/api/rounds/${round.id}/incentives`)).body as { cadreName: string; status: string; measure: string; exemplar: boolean; exemplarCitation: string }[];
    expect(stored).toEqual([expect.objectContaining({ cadreName: names[0], status: 'CONFIRMED', measure, exemplar: true, exemplarCitation: citation })]);
    await org.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'incentives.png') });
    await org.close();

    // A leader reads the same, without the column to act.
    const leader = await logIn(Role.Leader);
    await leader.goto(`${base}/rounds/${round.id}`);
    await leader.getByRole('tab', { name: '激励落实' }).click();
    const read = leader.getByRole('tabpanel', { name: '激励落实' }).getByRole('row', { name: new RegExp(names[0]) });
    await expect(read.innerText()).resolves.toContain(citation);
    expect(await leader.getByRole('tabpanel', { name: '激励落实' }).getByRole('columnheader', { name: '操作' }).count()).toBe(0);
    await leader.close();
  });

  it('records a project group’s comparative recommendation, and runs a key-task group’s mutual evaluation in which a cadre rates colleagues on their own page', async () => {
    const PROJECT = '南站片区专班';
    const TASK = '主题教育办';
    const project = [unique('蒋'), unique('沈')];
    const task = [unique('韩'), unique('杨'), unique('朱')];
    const round = await openRound(t, staff, {
      cadres: [...project.map((name) => ({ name, category: SecondmentCategory.MajorProject, groupLabel: PROJECT })), ...task.map((name) => ({ name, category: SecondmentCategory.KeyTask, groupLabel: TASK }))],
      hostUnitId,
    });
    const assessmentOf = (name: string) => round.assessments.find((a) => a.cadre.name === name)!.id;

    const org = await logIn(Role.OrgStaff);
    await org.goto(`${base}/rounds/${round.id}`);
    await org.getByRole('tab', { name: '分类推进' }).click();
    const panel = org.getByRole('tabpanel', { name: '分类推进' });
    // 比对推荐: the second put first, each with a reason; the group's share (one) recommended.
    const group = panel.getByTestId('recommendation-group');
    await group.getByText('尚未推荐').waitFor();
    const listed = (await group.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allInnerTexts()).map((n) => n.trim());
    expect(listed.sort()).toEqual([...project].sort());
    const [second, first] = [listed[1], listed[0]];
    await group.getByRole('button', { name: `${second}上移` }).click();
    await group.locator('.ant-table-tbody tr.ant-table-row').first().filter({ hasText: second }).waitFor();
    expect((await group.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allInnerTexts()).map((n) => n.trim())).toEqual([second, first]);
    await group.getByLabel(`${second}的比对理由`).fill('牵头征迁地块最多，推进最快');
    await group.getByLabel(`${first}的比对理由`).fill('协调有力，进度居中');
    await group.getByLabel(`推荐${second}为优秀`).check();
    expect(await group.getByLabel(`推荐${first}为优秀`).isDisabled()).toBe(true);
    await group.getByRole('button', { name: '保存比对推荐' }).click();
    await org.getByText(`已保存“${PROJECT}”的比对推荐`).waitFor();
    await group.getByText(/^已推荐/).waitFor();
    const recorded = ((await staff.get(`/api/rounds/${round.id}/recommendations`)).body as { groups: { recorded: { recommended: string[]; ranking: { assessmentId: string; rank: number }[] } }[] }).groups[0].recorded;
    expect(recorded.recommended).toEqual([assessmentOf(second)]);
    expect(recorded.ranking.map((r) => r.assessmentId)).toEqual([assessmentOf(second), assessmentOf(first)]);

    // 集中互评: opened for the task group.
    const taskRow = panel.getByRole('row', { name: new RegExp(TASK) });
    await taskRow.getByRole('button', { name: '开启互评' }).click();
    await org.getByText(`“${TASK}”的集中互评已开启`).waitFor();
    await taskRow.getByText('已评 0/6 人次，0 人参与').waitFor();

    // A cadre of the group rates a colleague on their own page; themselves they cannot.
    const cadreUser = await t.factory.newUser(Role.Cadre, { cadreId: round.assessments.find((a) => a.cadre.name === task[0])!.cadre.id });
    const cadre = await logInOn(await newPage(), { username: cadreUser.username, password: TEST_PASSWORD });
    await cadre.getByLabel('主菜单').getByRole('menuitem', { name: '集中互评' }).click();
    const card = cadre.locator('.ant-card').filter({ hasText: TASK });
    await card.getByText('还有 2 名同事待评价').waitFor();
    expect(await card.getByRole('row', { name: new RegExp(task[0]) }).count()).toBe(0);
    const colleague = card.getByRole('row', { name: new RegExp(task[1]) });
    await choose(colleague, '优秀');
    // A rating cannot be taken back: it is asked for once more before it is sent.
    await colleague.getByRole('button', { name: /提\s*交/ }).click();
    await confirmPopup(cadre, /提\s*交/);
    await cadre.getByText(`已提交对 ${task[1]} 的评价`).waitFor();
    await colleague.getByText('已评价').waitFor();
    await card.getByText('还有 1 名同事待评价').waitFor();
    await cadre.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'mutual-evaluation.png') });
    await cadre.context().close();

    // Org staff see how far it has come, and close it: the rating makes the colleague's 3.1.
    await org.getByRole('tab', { name: '进度' }).click();
    await org.getByRole('tab', { name: '分类推进' }).click();
    await taskRow.getByText('已评 1/6 人次，1 人参与').waitFor();
    await taskRow.getByRole('button', { name: '结束互评' }).click();
    await confirmPopup(org, /结\s*束/);
    await taskRow.getByText('已结束').waitFor();
    const rated = (await staff.get(`/api/assessments/${assessmentOf(task[1])}`)).body as { score: { subItems: { code: string; points: number | null }[] } };
    expect(rated.score.subItems.find((s) => s.code === '3.1')?.points).toBe(10);
    await org.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'category-flows.png'), fullPage: true });
    await org.close();

    // A leader follows both as they stand, without the actions.
    const leader = await logIn(Role.Leader);
    await leader.goto(`${base}/rounds/${round.id}`);
    await leader.getByRole('tab', { name: '分类推进' }).click();
    const read = leader.getByRole('tabpanel', { name: '分类推进' });
    await read.getByRole('row', { name: new RegExp(TASK) }).getByText('已结束').waitFor();
    const readGroup = read.getByTestId('recommendation-group');
    await readGroup.getByText(/^已推荐/).waitFor();
    await readGroup.getByRole('row', { name: new RegExp(second) }).getByText('牵头征迁地块最多，推进最快').waitFor();
    expect(await readGroup.getByLabel(`推荐${second}为优秀`).isChecked()).toBe(true);
    expect(await readGroup.getByLabel(`推荐${second}为优秀`).isDisabled()).toBe(true);
    expect(await read.getByRole('button', { name: '保存比对推荐' }).count()).toBe(0);
    expect(await read.getByRole('columnheader', { name: '操作' }).count()).toBe(0);
    await leader.close();
  });

  it('lets a leader reopen a finalized result with the reason, and org staff correct its score and fix it again within the quota', async () => {
    const names = [unique('曹'), unique('魏')];
    const round = await openRound(t, staff, { cadres: names.map((name) => ({ name })), hostUnitId, quota: { kind: 'COUNT', value: 1 } });
    const second = round.assessments.find((a) => a.cadre.name === names[1])!;
    for (const a of round.assessments) await storeFullInputs(t.dataSource, a.id, staff.user.id, { minus11: a.id === second.id ? 300 : 0 });
    await finalizeRound(t, staff, await signIn(t, Role.Leader), round.id);

    // The leader reopens the second's result from the board, with the reason.
    const leader = await logIn(Role.Leader);
    await leader.goto(`${base}/rounds/${round.id}`);
    await leader.getByRole('tab', { name: '校准' }).click();
    await leader.getByRole('row', { name: new RegExp(names[1]) }).getByRole('button', { name: '重新评定' }).click();
    const reopen = leader.getByRole('dialog').filter({ hasText: `重新评定：${names[1]}` });
    await reopen.getByText('此前未重新评定过').waitFor();
    await settled(leader);
    await reopen.getByLabel('重新评定的理由').fill('复核发现 1.1 在岗履职情况核算有误');
    await reopen.getByRole('button', { name: '发起重新评定' }).click();
    await leader.getByText(`已对 ${names[1]} 的考核结果发起重新评定`).waitFor();
    await leader.getByRole('row', { name: new RegExp(names[1]) }).getByText('重新评定中').waitFor();
    await leader.close();

    // Org staff correct the reopened score in the grid (the other row stays read-only)…
    const org = await logIn(Role.OrgStaff);
    await org.goto(`${base}/rounds/${round.id}`);
    await org.getByRole('tab', { name: '评分' }).click();
    const cell = org.getByLabel(`${names[1]} 1.1`);
    await cell.waitFor();
    expect(await org.getByLabel(`${names[0]} 1.1`).count()).toBe(0);
    const saved = org.waitForResponse((response) => response.url().includes(`/api/assessments/${second.id}/scores`));
    await cell.fill('8');
    await cell.press('Enter');
    expect((await saved).status()).toBe(200);

    // …and fix it again: 优秀 by hand is refused, the one place being taken; 称职, with the reason, is taken.
    await org.getByRole('tab', { name: '校准' }).click();
    await org.getByRole('row', { name: new RegExp(names[1]) }).getByRole('button', { name: '重新定等' }).click();
    const refinalize = org.getByRole('dialog').filter({ hasText: `重新定等：${names[1]}` });
    await refinalize.getByText('历次结果').waitFor();
    await settled(org);
    const gradeField = refinalize.locator('.ant-form-item').filter({ hasText: '等次（不选则按建议）' });
    await choose(gradeField, '优秀');
    await refinalize.getByLabel('确定等次的理由').fill('复核后业绩突出');
    await refinalize.getByRole('button', { name: /确\s*定/ }).click();
    await refinalize.getByRole('alert').filter({ hasText: '评为优秀将达 2 人，超过优秀名额（1 人）' }).waitFor();
    await choose(gradeField, '称职');
    await refinalize.getByLabel('确定等次的理由').fill('优秀名额已满，按称职确定');
    await refinalize.getByRole('button', { name: /确\s*定/ }).click();
    await org.getByText(`已重新确定 ${names[1]} 的等次`).waitFor();
    const row = org.getByRole('row', { name: new RegExp(names[1]) });
    // The board is read again after the dialog closes: the row no longer reopened, its new total shown.
    await row.getByText('重新评定中').waitFor({ state: 'detached' });
    await row.getByText('100', { exact: true }).waitFor();
    const stored = (await staff.get(`/api/rounds/${round.id}/calibration`)).body as { rows: { assessmentId: string; grade: string; total: number; reopenedAt: string | null }[] };
    expect(stored.rows.find((r) => r.assessmentId === second.id)).toMatchObject({ grade: 'COMPETENT', total: 100, reopenedAt: null });
    const history = (await staff.get(`/api/assessments/${second.id}/history`)).body as { reopenReason: string; total: number }[];
    expect(history).toEqual([expect.objectContaining({ reopenReason: '复核发现 1.1 在岗履职情况核算有误', total: 97 })]);
    await org.close();
  });

  it('copies the rubric into a new version, edits its points as a draft, refuses to publish until they add up, then publishes it', async () => {
    const page = await logIn(Role.OrgStaff);
    await page.getByLabel('主菜单').getByRole('menuitem', { name: '考评细则' }).click();
    const seeded = page.getByRole('row', { name: /四查四看考评细则（默认版）/ });
    await expect(seeded.innerText()).resolves.toContain('已发布');
    await seeded.getByRole('button', { name: '复制为新版本' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '复制为新版本' });
    await dialog.getByLabel('新版本名称').waitFor();
    await settled(page);
    const name = unique('四查四看考评细则（2024版）');
    await dialog.getByLabel('新版本名称').fill(name);
    await dialog.getByRole('button', { name: '创建草稿' }).click();
    await page.getByText(`已创建草稿：${name}`).waitFor();
    await page.getByText('草稿', { exact: true }).waitFor();

    // 2.1 raised to 13: item 2's sub-items now add up to 31 of its 30, said at once; saved as a draft, not published.
    const publish = page.getByRole('button', { name: /发\s*布/ });
    await page.getByLabel('2.1 满分').fill('13');
    await page.getByText('小项合计 31，与满分不符').waitFor();
    // Unsaved edits are not published: the button waits for the save.
    expect(await publish.isDisabled()).toBe(true);
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && /\/api\/rubrics\//.test(response.url()));
    await page.getByRole('button', { name: '保存草稿' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole('button', { name: /发\s*布/, disabled: false }).waitFor();
    await publish.click();
    await confirmPopup(page, /发\s*布/, { refusalExpected: true });
    const refusal = page.locator('.ant-modal-confirm-error');
    await expect(refusal.innerText()).resolves.toContain('尚不能发布');
    expect(await refusal.innerText()).toContain('大项 2 分值 30 与其小项分值之和 31 不等');
    await refusal.getByRole('button').click();

    // 2.2 lowered to 9: the item adds up again; saved and published, it no longer takes edits.
    await page.getByLabel('2.2 满分').fill('9');
    await page.getByText('小项合计 31，与满分不符').waitFor({ state: 'detached' });
    const savedAgain = page.waitForResponse((response) => response.request().method() === 'PATCH' && /\/api\/rubrics\//.test(response.url()));
    await page.getByRole('button', { name: '保存草稿' }).click();
    expect((await savedAgain).status()).toBe(200);
    await page.getByRole('button', { name: /发\s*布/, disabled: false }).waitFor();
    await publish.click();
    await confirmPopup(page, /发\s*布/);
    await page.getByText(`已发布：${name}`).waitFor();
    await page.getByText('已发布', { exact: true }).waitFor();
    expect(await page.getByLabel('2.1 满分').count()).toBe(0);
    const listed = (await staff.get('/api/rubrics')).body as { id: string; name: string; status: string }[];
    const published = listed.find((r) => r.name === name)!;
    expect(published.status).toBe('PUBLISHED');
    const definition = ((await staff.get(`/api/rubrics/${published.id}`)).body as { definition: { items: { subItems: { code: string; maxPoints: number }[] }[] } }).definition;
    const points = Object.fromEntries(definition.items.flatMap((i) => i.subItems).map((sub) => [sub.code, sub.maxPoints]));
    expect(points).toMatchObject({ '2.1': 13, '2.2': 9, '2.3': 8 });
    await page.screenshot({ animations: 'disabled', path: join(SCREENSHOTS, 'rubric.png'), fullPage: true });
    await page.close();
  });
});
