import { HostError } from "../../src/hosts/office/host-error";
import { paragraphGone, textGone, wpsFailed } from "../../src/hosts/office/host-messages";
import { createFileWordHost } from "../../src/hosts/files/file-word-host";
import type { WordHost } from "../../src/hosts/word/word-host";
import { createWordHost } from "../../src/hosts/word/word-host";
import { createWpsExcelHost } from "../../src/hosts/wps/et-host";
import { runEtSelfTest } from "../../src/hosts/wps/self-test";
import type { EtApplication, WpsApplication } from "../../src/hosts/wps/wps-api";
import { createWpsWordHost } from "../../src/hosts/wps/wps-word-host";
import { FakeWord } from "../fakes/word-fake";
import { FakeEt, FakeWpsWriter } from "../fakes/wps-fake";

const TEXT = ["关于召开会议的通知", "定于12月3日召开"];

/** What a clerk reads, and the code the pane acts on. */
const said = (error: HostError) => ({ message: error.message, code: error.code });

const wordHosts: [string, () => WordHost][] = [
  ["Word", () => createWordHost(new FakeWord(TEXT).run as never, () => true)],
  ["WPS 文字", () => createWpsWordHost(new FakeWpsWriter(TEXT).application as unknown as WpsApplication)],
  [
    "file mode",
    () => {
      const host = createFileWordHost({ deliver: () => undefined });
      host.open({ name: "通知.txt", paragraphs: TEXT });
      return host;
    },
  ],
];

describe("every Word host says the shared host messages", () => {
  it.each(wordHosts)("%s: a fix whose text is gone", async (_name, make) => {
    const refused = make().replaceText({ paragraph: 1, start: 2, end: 4 }, "后天", "12月4日");
    await expect(refused).rejects.toMatchObject(said(textGone("后天")));
  });

  it.each(wordHosts)("%s: a fix whose paragraph is gone", async (_name, make) => {
    const refused = make().replaceText({ paragraph: 7, start: 0, end: 2 }, "定于", "于");
    await expect(refused).rejects.toMatchObject(said(paragraphGone()));
  });
});

describe("every WPS host says a refused call the same way", () => {
  const refusal = () => {
    throw new Error("拒绝访问");
  };
  const expected = said(wpsFailed(new Error("拒绝访问")));

  it("WPS 文字", async () => {
    const app = new FakeWpsWriter(TEXT).application;
    app.ActiveDocument.Comments.Add = refusal;
    const host = createWpsWordHost(app as unknown as WpsApplication);
    const added = host.addComments([{ at: { paragraph: 1, start: 2, end: 7 }, text: "12月3日", message: "x" }]);
    await expect(added).rejects.toMatchObject(expected);
  });

  const refusingWorkbook = () => {
    const et = new FakeEt();
    et.addSheet("签到表", [["姓名"], ["王芳"]]);
    const app = et.application;
    app.ActiveWorkbook!.CustomXMLParts.Add = refusal;
    return app as unknown as EtApplication;
  };

  it("WPS 表格", async () => {
    await expect(createWpsExcelHost(refusingWorkbook()).saveSettings({})).rejects.toMatchObject(expected);
  });

  it("the WPS 表格 self-test", async () => {
    const report = await runEtSelfTest(refusingWorkbook());
    expect(report.steps.filter((s) => s.outcome === "failed").map((s) => s.detail)).toEqual([expected.message]);
  });

  it("a HostError passes as it is", () => {
    const own = new HostError("已取消检查", "Cancelled");
    expect(wpsFailed(own)).toBe(own);
  });
});
