import rule from "../../../../src/core/rules/incoming/doc-number-format";
import { testRule } from "../../rule-tester";
import { doc, incoming } from "./fixture";

testRule(rule, {
  valid: ["市应急发〔2026〕45号", "国办发〔2026〕1号", "无"].map((number) => ({
    name: number,
    grids: [incoming([doc({ number })])],
  })),
  invalid: [
    ["市财预[2026]12号", "市财预〔2026〕12号", "年份应用六角括号〔〕"],
    ["X政办发（2026）88号", "X政办发〔2026〕88号", "年份应用六角括号〔〕"],
    ["X政办发(2026)88号", "X政办发〔2026〕88号", "年份应用六角括号〔〕"],
    ["X政办发【2026】88号", "X政办发〔2026〕88号", "年份应用六角括号〔〕"],
    ["市财预〔2026〕第12号", "市财预〔2026〕12号", "序号前不加“第”"],
    ["市教办〔2026〕012号", "市教办〔2026〕12号", "序号不编虚位（写“12号”，不写“012号”）"],
    ["市教办〔2026〕005号", "市教办〔2026〕5号", "序号不编虚位（写“5号”，不写“005号”）"],
    [
      "市财预[2026]第012号",
      "市财预〔2026〕12号",
      "年份应用六角括号〔〕，序号前不加“第”，序号不编虚位（写“12号”，不写“012号”）",
    ],
  ].map(([text, fixed, problems]) => ({
    name: text,
    grids: [incoming([doc({ number: text })])],
    findings: [{ cell: "D2", fix: fixed, messageId: "format" as const, data: { text, problems, fixed } }],
  })),
});
