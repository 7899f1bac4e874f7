// @ts-check
/**
 * Webpack loader for Fluent UI's compiled style files (node_modules/@fluentui/…/*.styles.js).
 * Fluent compiles its makeStyles calls when it publishes them, but leaves behind the module-level
 * constants its style objects were written with, e.g. Input's
 *   const horizontalPadding = { root: { small: tokens.spacingHorizontalSNudge, … }, … };
 * Nothing reads them any more, yet they keep @fluentui/tokens' name map (`tokens`, about 3 KB
 * gzip) in the bundle: webpack and the minifier cannot tell that reading a property runs no code.
 * This loader blanks out the module-level `const` statements that nothing in the file refers to
 * and whose values are only literals, objects, arrays, template strings and property reads;
 * then nothing imports `tokens` and webpack leaves it out. Blanked with spaces (line breaks
 * kept), so every other character keeps its position and the source map stays right.
 */
"use strict";

const ts = require("typescript");

/**
 * A value that computes nothing: literals, property reads, and objects, arrays and template
 * strings of those.
 * @param {ts.Expression} node
 * @returns {boolean}
 */
function inert(node) {
  if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isIdentifier(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isParenthesizedExpression(node)) return inert(node.expression);
  if (ts.isPropertyAccessExpression(node)) return inert(node.expression);
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && inert(node.operand);
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => inert(span.expression));
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(inert);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((p) => ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && inert(p.initializer));
  }
  return false;
}

/**
 * How often each name is used in the file, declarations and property names aside. Counts a
 * name shadowed in an inner scope too: that only keeps a constant that could have gone.
 * @param {ts.SourceFile} file
 * @returns {Map<string, number>}
 */
function uses(file) {
  /** @type {Map<string, number>} */
  const count = new Map();
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const declared = ts.isVariableDeclaration(parent) && parent.name === node;
      const propertyName = (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) && parent.name === node;
      if (!declared && !propertyName) count.set(node.text, (count.get(node.text) ?? 0) + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return count;
}

/**
 * `source` with its unused, inert module-level constants blanked out (repeated, since removing
 * one can leave another unused).
 * @param {string} source
 * @returns {string}
 */
function stripDeadStyleConsts(source) {
  let text = source;
  for (;;) {
    const file = ts.createSourceFile("style.js", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const used = uses(file);
    const dead = file.statements.filter(
      (statement) =>
        ts.isVariableStatement(statement) &&
        (statement.declarationList.flags & ts.NodeFlags.Const) !== 0 &&
        !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
        statement.declarationList.declarations.every(
          (d) => ts.isIdentifier(d.name) && d.initializer !== undefined && inert(d.initializer) && !used.has(d.name.text),
        ),
    );
    if (dead.length === 0) return text;
    for (const statement of dead.reverse()) {
      const start = statement.getStart(file);
      text = text.slice(0, start) + text.slice(start, statement.end).replace(/[^\n]/g, " ") + text.slice(statement.end);
    }
  }
}

/**
 * @this {{ resourcePath: string }}
 * @param {string} source
 * @param {unknown} map
 */
function loader(source, map) {
  const callback = /** @type {(error: Error | null, code: string, map?: unknown) => void} */ (/** @type {any} */ (this).callback);
  callback(null, stripDeadStyleConsts(source), map);
}

module.exports = loader;
module.exports.stripDeadStyleConsts = stripDeadStyleConsts;
