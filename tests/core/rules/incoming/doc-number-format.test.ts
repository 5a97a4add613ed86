import rule from "../../../../src/core/rules/incoming/doc-number-format";
import { testRule } from "../../rule-tester";
import { doc, incoming } from "./fixture";

testRule(rule, {
  valid: ["市应急发〔2026〕45号", "国办发〔2026〕1号", "无"].map((number) => ({
    name: number,
    grids: [incoming([doc({ number })])],
  })),
  invalid: [
    ["市财预[2026]12号", "市财预〔2026〕12号", /六角括号/],
    ["X政办发（2026）88号", "X政办发〔2026〕88号", /六角括号/],
    ["X政办发(2026)88号", "X政办发〔2026〕88号", /六角括号/],
    ["X政办发【2026】88号", "X政办发〔2026〕88号", /六角括号/],
    ["市财预〔2026〕第12号", "市财预〔2026〕12号", /不加“第”/],
    ["市教办〔2026〕012号", "市教办〔2026〕12号", /不编虚位（写“12号”，不写“012号”）/],
    ["市教办〔2026〕005号", "市教办〔2026〕5号", /不编虚位（写“5号”，不写“005号”）/],
    ["市财预[2026]第012号", "市财预〔2026〕12号", /六角括号.*第.*虚位/],
  ].map(([number, fixed, message]) => ({
    name: number as string,
    grids: [incoming([doc({ number: number as string })])],
    findings: [{ cell: "D2", fix: fixed as string, message: message as RegExp }],
  })),
});
