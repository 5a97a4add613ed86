import { scanStartTags } from "./xml-scan";

/**
 * The names of an .ods's hidden sheets: ODS keeps a hidden sheet as a table whose style's first child is
 * `<style:table-properties table:display="false">`, and SheetJS does not report it. Read in one pass.
 */
export function hiddenOdsTables(contentXml: string): Set<string> {
  const hiddenStyles = new Set<string>();
  const tables: { name: string; style: string }[] = [];
  let styleName: string | undefined;
  scanStartTags(contentXml, (name, attributes, previous) => {
    if (name === "style:style") styleName = attributes().get("style:name");
    else if (name === "style:table-properties" && previous === "style:style" && styleName !== undefined) {
      if (attributes().get("table:display") === "false") hiddenStyles.add(styleName);
    } else if (name === "table:table") {
      const tag = attributes();
      const table = tag.get("table:name");
      const style = tag.get("table:style-name");
      if (table !== undefined && style) tables.push({ name: table, style });
    }
  });
  return new Set(tables.filter((t) => hiddenStyles.has(t.style)).map((t) => t.name));
}
