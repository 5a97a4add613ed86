/**
 * Which Office the pane runs in, for the 自检 report: Office.context.diagnostics (version `16.0.<build>.<revision>`
 * on Windows, platform PC / Mac / OfficeOnline / iOS / Android), read where office.js has it; `未知` elsewhere.
 */
export function officeEnvironment(
  office: { context?: { diagnostics?: { version?: string; platform?: unknown } } } | undefined = (
    globalThis as { Office?: { context?: { diagnostics?: { version?: string; platform?: unknown } } } }
  ).Office,
): { version: string; platform: string } {
  try {
    const diagnostics = office?.context?.diagnostics;
    return {
      version: diagnostics?.version ? String(diagnostics.version) : "未知",
      platform: diagnostics?.platform ? String(diagnostics.platform) : "未知",
    };
  } catch {
    return { version: "未知", platform: "未知" };
  }
}
