import { ProgressLine } from "../components/ProgressLine";
import { S } from "../strings";
import type { RegisterSession } from "./useRegisterSession";

/** 读取 n/m 块 with 取消, while a read is under way. */
export function ReadProgress({ session }: { session: RegisterSession }) {
  const { progress } = session;
  return progress ? (
    <ProgressLine
      label={S.excel.reading(progress.done, progress.total)}
      value={progress.done / progress.total}
      onCancel={session.cancel}
    />
  ) : null;
}
