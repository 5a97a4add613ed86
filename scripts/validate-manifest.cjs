#!/usr/bin/env node
/**
 * Checks an add-in manifest against Microsoft's manifest schemas, offline: libxml2's xmllint compiled
 * to WebAssembly (xmllint-wasm) reads the copies in schemas/office-addin-manifest/ (where they came
 * from and what was changed in them: that folder's README.md). Nothing is fetched.
 *
 *   node scripts/validate-manifest.cjs [manifest.xml ...]   (npm run validate)
 *
 * Exits 1 and prints xmllint's messages when a manifest does not validate.
 */
const { readFileSync, readdirSync } = require("node:fs");
const path = require("node:path");
const { validateXML } = require("xmllint-wasm");

const SCHEMA_DIR = path.join(__dirname, "..", "schemas", "office-addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** The main schema, and every schema it imports (directly or not) preloaded beside it. */
function schemaFiles() {
  const read = (fileName) => ({ fileName, contents: readFileSync(path.join(SCHEMA_DIR, fileName), "utf8") });
  const others = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith(".xsd") && name !== MAIN_SCHEMA);
  return { schema: read(MAIN_SCHEMA), preload: others.map(read) };
}

/**
 * @param {string} xml the manifest's text
 * @param {string} [fileName] the name xmllint's messages give it
 * @returns {Promise<{ valid: boolean, errors: string[] }>} errors: xmllint's lines, "name:line: message"
 */
async function validateManifest(xml, fileName = "manifest.xml") {
  const { schema, preload } = schemaFiles();
  // The name is only a label inside xmllint's in-memory file system: keep it a plain file name.
  const label = path.basename(fileName);
  const result = await validateXML({ xml: [{ fileName: label, contents: xml }], schema: [schema], preload });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

async function main(files) {
  let failed = false;
  for (const file of files.length > 0 ? files : ["manifest.xml"]) {
    const { valid, errors } = await validateManifest(readFileSync(file, "utf8"), file);
    if (valid) {
      console.log(`${file}: valid against Microsoft's add-in manifest schema (offline, ${MAIN_SCHEMA})`);
    } else {
      failed = true;
      console.error(`${file}: does NOT validate against Microsoft's add-in manifest schema:`);
      for (const line of errors) console.error(`  ${line}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

module.exports = { validateManifest, SCHEMA_DIR, MAIN_SCHEMA };

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
