import { defineReplyRule } from "./define";

export default defineReplyRule({
  meta: {
    id: "reply/unreadable",
    group: "reply",
    severity: "error",
    description: "回执文件中找不到参会人员表",
    source: "practice：回执是各单位报送的参会人员表（单位、姓名、职务、联系电话、备注）",
    messages: {
      unreadable: "没有找到参会人员表：应有一行表头含“姓名”（如 姓名、单位、职务、联系电话），其下每行一人",
      damaged: "无法读取：{problem}",
    },
    fixable: false,
  },
  check(ctx) {
    for (const { reply } of ctx.merged.replies)
      if (reply.source.problem)
        ctx.report({ messageId: "damaged", file: reply.source.file, data: { problem: reply.source.problem } });
      else if (reply.unreadable) ctx.report({ messageId: "unreadable", file: reply.source.file });
  },
});
