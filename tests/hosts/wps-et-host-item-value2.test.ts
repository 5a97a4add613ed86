/**
 * The WPS 表格 host's tests again, with Range.Value2 of a block given as an object with Item(r, c) rather than an
 * array of rows: WPS does not document which of the two a build hands a page (src/hosts/wps/value2.ts).
 */
import { FakeEt } from "../fakes/wps-fake";

describe("with Range.Value2 as an object with Item(r, c)", () => {
  FakeEt.defaultValue2Shape = "item";
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- registers the same tests under this shape
  require("./wps-et-host.test");
});
