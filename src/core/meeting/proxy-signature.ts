import { type DataRow, type RegisterTable, roleText } from "../table/register-table";
import { isSignedMark } from "../table/typed-cells";
import { nameWithoutNote, noteAfterName } from "../text/name-note";
import { matchKey } from "../text/normalize";

const PROXY_WORD = /代签|代[^表理办]|代$|^代/;
/** 备注 is freer text (`代县长`, `代替张局长参会`): only words of signing count there. */
const PROXY_REMARK = /代签|代为签/;
const HANDWRITTEN_NAME = /^[\u4e00-\u9fff·\s]{2,}$/;

/** How a row shows that someone else signed: the column it shows in and what is written there. */
export type ProxySign =
  | { how: "noted"; role: "name" | "remark"; text: string }
  | { how: "proxyWord" | "otherName"; role: "signature"; text: string };

const SIGNS = new WeakMap<RegisterTable, (ProxySign | null)[]>();

/**
 * proxySignOf of every data row, aligned with `table.rows`, read once per table: attendance analysis and the
 * signin/proxy rule both need it, and each read the whole sheet's 签名 for it.
 */
export function proxySignsOf(table: RegisterTable): readonly (ProxySign | null)[] {
  let signs = SIGNS.get(table);
  if (!signs) {
    const { rows } = table;
    signs = new Array<ProxySign | null>(rows.length);
    for (let i = 0; i < rows.length; i++) signs[i] = proxySignOf(table, rows[i]);
    SIGNS.set(table, signs);
  }
  return signs;
}

/**
 * Whether someone signed for the row's person (不得代签): `（代）` after the name, 代签 in 备注, a 签名 that says 代,
 * or a typed 签名 that is another person's name. Null when nothing says so.
 */
export function proxySignOf(table: RegisterTable, row: DataRow): ProxySign | null {
  const { signature: signatureCol, name: nameCol, remark: remarkCol } = table.roleColumns;
  const nameCell = roleText(table, row, "name");
  if (nameCol !== undefined && PROXY_WORD.test(noteAfterName(nameCell)))
    return { how: "noted", role: "name", text: nameCell };
  if (remarkCol !== undefined) {
    const remark = roleText(table, row, "remark");
    if (PROXY_REMARK.test(remark)) return { how: "noted", role: "remark", text: remark };
  }
  if (signatureCol === undefined) return null;
  const signature = roleText(table, row, "signature");
  if (signature === "" || isSignedMark(signature)) return null;
  if (PROXY_WORD.test(signature)) return { how: "proxyWord", role: "signature", text: signature };
  const name = nameWithoutNote(nameCell);
  if (name !== "" && signature !== name && HANDWRITTEN_NAME.test(signature) && matchKey(signature) !== matchKey(name))
    return { how: "otherName", role: "signature", text: signature };
  return null;
}
