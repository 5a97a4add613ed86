// The chain in file mode, in the browser at a task pane's narrowest width: the sample notice and its five 回执
// (written by `huiwu samples`, opened as a clerk opens them), 汇总回执, the 签到表 downloaded, signed in as after
// the meeting, and opened in 检查登记表, which reads it as a pre-printed sheet and counts who came.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import ExcelJS from "exceljs";
import { browserSuite, openPane, openTask, screenshot, seriousA11yViolations } from "./harness.mjs";

const suite = browserSuite();

/** The samples as `huiwu samples` writes them (each 回执 dated the day its unit sent it), in a folder of their own. */
function sampleFiles() {
  const dir = mkdtempSync(join(tmpdir(), "huiwu-chain-"));
  execFileSync(process.execPath, ["bin/huiwu.js", "samples", dir], { stdio: "ignore" });
  const notice = readdirSync(dir).find((name) => name.startsWith("会议通知（附回执"));
  const replies = join(
    dir,
    readdirSync(dir).find((name) => name.startsWith("回执")),
  );
  return {
    dir,
    notice: join(dir, notice),
    replies: readdirSync(replies).map((name) => join(replies, name)),
  };
}

/** 9:00 and the minutes after it as a clerk types them into 签到时间. */
const clock = (minutes) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;

test("file mode at 320 px: 回执 → 参会名单 → 签到表 downloaded, signed in, and checked with its tally", async () => {
  const samples = sampleFiles();
  const { page, context, outside, errors } = await openPane(suite.browser, suite.origin, { width: 320 });
  try {
    await openTask(page, "汇总回执");
    const pane = page.getByRole("region", { name: "汇总回执" });
    await pane.getByLabel("打开会议通知…").setInputFiles(samples.notice);
    await pane.getByLabel("打开回执…").setInputFiles(samples.replies);
    await pane.getByText(`参会名单 11 人，来自 ${samples.replies.length} 份回执。`).waitFor();
    const findings = await pane.getByRole("list", { name: "回执核对结果" }).getByRole("listitem").allInnerTexts();
    assert.match(findings.join("\n"), /县教育局 未报送回执/);
    assert.match(findings.join("\n"), /超过通知规定的 2 人/);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      pane.getByRole("button", { name: "下载签到表（.xlsx）" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "签到表.xlsx");

    // Signed in on the printed sheet, typed into the same file after the meeting: two of every three people, the
    // last of them late (9:07). The rows to sign are the ones under the header with a name printed in 姓名.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await readFile(await download.path()));
    const sheet = workbook.getWorksheet("签到表");
    const headerRow = [1, 2, 3, 4].find((r) => sheet.getRow(r).getCell(1).text === "序号");
    const column = (header) => [1, 2, 3, 4, 5, 6].find((c) => sheet.getRow(headerRow).getCell(c).text === header);
    const [nameCol, signCol, timeCol] = [column("姓名"), column("签名"), column("签到时间")];
    const people = [];
    for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
      const name = sheet.getRow(r).getCell(nameCol).text.trim();
      if (name) people.push({ row: r, name });
    }
    const start = 9 * 60; // the sample notice's 会议时间, printed under the 签到表's title
    const signed = people.filter((_, i) => i % 3 !== 1);
    signed.forEach((person, n) => {
      person.time = n === signed.length - 1 ? start + 7 : start - 25 + n;
      sheet.getRow(person.row).getCell(signCol).value = person.name;
      // Typed into a text cell it stays as typed; into a general one Excel keeps a time, a fraction of a day.
      const time = sheet.getRow(person.row).getCell(timeCol);
      if (n % 2 === 0) time.value = clock(person.time);
      else [time.value, time.numFmt] = [person.time / (24 * 60), "h:mm"];
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    await openTask(page, "检查登记表");
    await page.getByLabel("打开登记表…").setInputFiles({
      name: "签到表（已签）.xlsx",
      mimeType: "application/octet-stream",
      buffer: filled,
    });
    const article = page.getByRole("article", { name: "签到表（已签）.xlsx" });
    await article.getByLabel("出勤统计").waitFor();
    const late = signed.filter((p) => p.time > start);
    const tally = await article.getByLabel("出勤统计").innerText();
    const figure = (label) => Number(new RegExp(`(\\d+)\\s*${label}`).exec(tally)?.[1]);
    assert.deepEqual(
      { 应到: figure("应到"), 实到: figure("实到"), 缺席: figure("缺席"), 迟到: figure("迟到") },
      { 应到: people.length, 实到: signed.length, 缺席: people.length - signed.length, 迟到: late.length },
    );
    // Each person who did not sign is named once as absent, and the late one with the time typed.
    for (const person of people.filter((p) => !signed.includes(p)))
      await article.getByText(`${person.name} 的签名为空：未签到，不计入实到`).waitFor();
    await article.getByText(new RegExp(`^${late[0].name} 签到时间 0${clock(late[0].time)} 晚于会议开始时间`)).waitFor();

    await screenshot(page, "narrow-file-replies-chain-checked");
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(scrollWidth <= clientWidth, `${scrollWidth} px wide in a ${clientWidth} px pane`);
    assert.deepEqual(await seriousA11yViolations(page), []);
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(samples.dir, { recursive: true, force: true });
  }
});
