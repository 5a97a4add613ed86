/** When a check ran, as the report states it: 2026/12/3 09:00:00. */
export const checkedAtNow = (): string => new Date().toLocaleString("zh-CN", { hour12: false });
