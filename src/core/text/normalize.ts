import { isMatchKeyForm, toSimplified } from "./simplified";
import { removeSpaces, toHalfWidth } from "./width";

// Re-exported for the rules and readers that also need matchKey; a module that needs width alone (dates, which
// the pane's first screen uses) imports ./width, so that it does not load OpenCC's dictionaries with it.
export { alnumToHalfWidth, hasFullWidthAlnum, removeSpaces, toHalfWidth } from "./width";

const MATCH_KEYS = new Map<string, string>();
const MATCH_KEY_CACHE_LIMIT = 200_000;

/** The form under which two spellings of a name, unit or header are the same (cached: units repeat). */
export function matchKey(text: string): string {
  if (isMatchKeyForm(text)) return text;
  let key = MATCH_KEYS.get(text);
  if (key === undefined) {
    // Spaces, full width and capitals are the usual reasons a text is not in key form; OpenCC is needed only
    // where a conversion can begin (OpenCC leaves ASCII alone, so lower case first changes nothing).
    const plain = removeSpaces(toHalfWidth(text)).toLowerCase();
    key = isMatchKeyForm(plain) ? plain : toSimplified(plain);
    if (MATCH_KEYS.size >= MATCH_KEY_CACHE_LIMIT) MATCH_KEYS.clear();
    MATCH_KEYS.set(text, key);
  }
  return key;
}
