import type { RegisterRule } from "./register-rule";
import { RULES } from "./rules";

/** Every register rule, in the order of RULES.md §1–5, §9, §8 and §10. */
export const REGISTER_RULES: readonly RegisterRule[] = RULES.filter((rule) => rule.kind === "register");
