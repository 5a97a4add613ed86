/** An Office failure explained in Chinese; the document is left as it was. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

const MESSAGES: Record<string, string> = {
  AccessDenied: "文档或工作表受保护（或为只读），无法写入。请取消保护后再试",
  ItemNotFound: "要找的内容已不在文档中（可能已被修改或删除）",
  InvalidArgument: "Office 拒绝了这次操作的参数",
  RequestPayloadSizeLimitExceeded: "一次要写入的内容超过了 Office 的上限（5 MB）",
  ResponsePayloadSizeLimitExceeded: "一次要读取的内容超过了 Office 的上限（5 MB），单个单元格的内容可能过长",
  ApiNotFound: "当前 Office 版本不支持这项功能，请升级 Office",
  GeneralException: "Office 处理时出错，请稍后重试",
  InsertDeleteConflict: "插入位置与删除的内容冲突，请把光标移到正文中再试",
  NotAllowed: "当前状态下不允许这项操作（例如正在编辑单元格），请退出编辑后再试",
};

/** Maps an Office.js error (OfficeExtension.Error has a `code`) to a HostError with a Chinese message. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = (error as { code?: string })?.code;
  const message = (code && MESSAGES[code]) ?? `Office 操作失败：${(error as Error)?.message ?? String(error)}`;
  return new HostError(message, code);
}

/** Runs an Office batch and turns whatever it throws into a HostError with a Chinese message. */
export function guardedRun<Context>(run: <T>(batch: (context: Context) => Promise<T>) => Promise<T>) {
  return async <T>(batch: (context: Context) => Promise<T>): Promise<T> => {
    try {
      return await run(batch);
    } catch (error) {
      throw toHostError(error);
    }
  };
}

/** `isSetSupported` that answers false outside Office instead of throwing. */
export function officeSetSupported(name: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true;
}
