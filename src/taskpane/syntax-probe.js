/*
 * Runs only where the engine parses the newest syntax the pane's own scripts use: class static blocks (Chrome 94,
 * Edge 94, Safari 16.4, Firefox 93; Fluent UI's focus manager has them). An older engine stops at the syntax error
 * with the flag unset, and guard.js, loaded next, says in Chinese why the pane cannot start instead of leaving it
 * blank. Deliberately not ES5, unlike guard.js.
 */
/* global window */
window.__huiwuSyntaxProbe = class {
  static {
    window.__huiwuModernSyntax = true;
  }
};
