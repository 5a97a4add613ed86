import { scanStartTags } from "./xlsx-patch/xml-scan";
import { attribute } from "./xlsx-patch/xml-text";

/**
 * The names of an .ods's hidden sheets: ODS keeps a hidden sheet as a table whose style's first child is
 * `<style:table-properties table:display="false">`, and SheetJS does not report it. Read in one pass.
 */
export function hiddenOdsTables(contentXml: string): Set<string> {
  const hiddenStyles = new Set<string>();
  const tables: { name: string; style: string }[] = [];
  let styleName: string | null = null;
  scanStartTags(contentXml, (name, tag, parent) => {
    if (name === "style:style") styleName = attribute(tag, "style:name");
    else if (name === "style:table-properties" && parent === "style:style" && styleName !== null) {
      if (attribute(tag, "table:display") === "false") hiddenStyles.add(styleName);
    } else if (name === "table:table") {
      const table = attribute(tag, "table:name");
      const style = attribute(tag, "table:style-name");
      if (table !== null && style) tables.push({ name: table, style });
    }
  });
  return new Set(tables.filter((t) => hiddenStyles.has(t.style)).map((t) => t.name));
}
