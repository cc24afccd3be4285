/**
 * For the registry's tests only: finds every citation the rule source code can produce, by reading
 * the source with the TypeScript compiler (no regular expressions over text, so a citation written
 * in a new way is still found).
 *
 * A value is in a citation position when it is:
 * - an argument for a parameter whose name contains "citation" or "paragraph" (`reason(code,
 *   citation, …)`, `limb(field, code, citation, …)`, `assessSuitability(input, paragraph, …)`), or
 * - the value of a property whose name contains "citation" (`citation:`, `decisionCitation:`,
 *   `citations: { 'part-9': …, 'part-suitability': … }`).
 *
 * The value is then read as far as the types allow: a string literal, a conditional, a template
 * whose parts have string-literal types, an identifier or property whose type is a union of string
 * literals or whose declaration has such an initializer. What cannot be read that way is reported
 * as a dynamic site (file and line), so the test can name it.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** What the scan found. */
export interface CitationScan {
  /** Every citation string that can be read from the source, with the places it was found. */
  citations: Map<string, string[]>;
  /** Citation positions whose value the scan could not read: `file:line` and the expression text. */
  dynamic: { site: string; text: string }[];
}

const CITATION_PARAMETER = /citation|paragraph/i;
const CITATION_PROPERTY = /citation/i;

function sourceFiles(directory: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== 'testing.ts') out.push(path);
  }
  return out;
}

/** The string values a type can take, or undefined when it is not a finite set of string literals. */
function literalValues(type: ts.Type): string[] | undefined {
  if (type.isStringLiteral()) return [type.value];
  if (type.isUnion()) {
    const out: string[] = [];
    for (const part of type.types) {
      if (part.flags & ts.TypeFlags.Undefined) continue;
      if (!part.isStringLiteral()) return undefined;
      out.push(part.value);
    }
    return out;
  }
  return undefined;
}

/** Whether a value of this type is a string (a citation), not a schema or an object. */
function isStringLike(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.every((part) => part.flags & ts.TypeFlags.Undefined || isStringLike(part));
  return (type.flags & ts.TypeFlags.StringLike) !== 0;
}

/**
 * Scans the non-test `.ts` files under `directories` (absolute paths) for citations. `root` is
 * only used to write file names relative to it.
 */
export function scanCitations(directories: readonly string[], root: string): CitationScan {
  const files = directories.flatMap(sourceFiles);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const scanned = new Set(files);
  const citations = new Map<string, string[]>();
  const dynamic: { site: string; text: string }[] = [];

  const siteOf = (node: ts.Node): string => {
    const file = node.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    return `${relative(root, file.fileName)}:${line + 1}`;
  };
  const add = (value: string, node: ts.Node): void => {
    const sites = citations.get(value) ?? [];
    sites.push(siteOf(node));
    citations.set(value, sites);
  };

  /** The string values `expression` can take, or undefined. `seen` stops loops through declarations. */
  const valuesOf = (expression: ts.Expression, seen: Set<ts.Node>): string[] | undefined => {
    if (seen.has(expression)) return undefined;
    seen.add(expression);
    if (ts.isStringLiteralLike(expression)) return [expression.text];
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) {
      return valuesOf(expression.expression, seen);
    }
    if (ts.isConditionalExpression(expression)) {
      const whenTrue = valuesOf(expression.whenTrue, seen);
      const whenFalse = valuesOf(expression.whenFalse, seen);
      return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : undefined;
    }
    if (ts.isTemplateExpression(expression)) {
      let out = [expression.head.text];
      for (const span of expression.templateSpans) {
        const parts = valuesOf(span.expression, seen);
        if (!parts) return undefined;
        out = out.flatMap((prefix) => parts.map((part) => `${prefix}${part}${span.literal.text}`));
      }
      return out;
    }
    const fromType = literalValues(checker.getTypeAtLocation(expression));
    if (fromType) return fromType;
    if (ts.isIdentifier(expression)) return valuesOfSymbol(identifierSymbol(expression), seen);
    if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) {
      const name = ts.isPropertyAccessExpression(expression) ? expression.name : expression.argumentExpression;
      const declaration = resolve(checker.getSymbolAtLocation(name))?.valueDeclaration;
      if (declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration)) && declaration.initializer) {
        return valuesOf(declaration.initializer, seen);
      }
      // `period.citation`, `ground.citations[numbering]`: a citation property, read where it is assigned.
      if (CITATION_PROPERTY.test(name.getText())) return [];
      if (ts.isPropertyAccessExpression(expression.expression) && CITATION_PROPERTY.test(expression.expression.name.text)) return [];
      return undefined;
    }
    if (ts.isCallExpression(expression)) {
      // A helper that returns a citation (`criminalityParagraph(date)`): read its return values.
      const declaration = resolve(checker.getSymbolAtLocation(expression.expression))?.valueDeclaration;
      const body = declaration && ts.isFunctionDeclaration(declaration) ? declaration.body : undefined;
      if (!body) return undefined;
      const out: string[] = [];
      let readable = true;
      const returns = (node: ts.Node): void => {
        if (ts.isReturnStatement(node) && node.expression) {
          const values = valuesOf(node.expression, seen);
          if (values) out.push(...values);
          else readable = false;
        }
        if (!ts.isFunctionLike(node)) ts.forEachChild(node, returns);
      };
      ts.forEachChild(body, returns);
      return readable ? out : undefined;
    }
    return undefined;
  };

  /** An imported name's own symbol. */
  const resolve = (symbol: ts.Symbol | undefined): ts.Symbol | undefined => (symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);

  const identifierSymbol = (identifier: ts.Identifier): ts.Symbol | undefined =>
    resolve(ts.isShorthandPropertyAssignment(identifier.parent) ? checker.getShorthandAssignmentValueSymbol(identifier.parent) : checker.getSymbolAtLocation(identifier));

  /** The values of a variable or a parameter. */
  const valuesOfSymbol = (symbol: ts.Symbol | undefined, seen: Set<ts.Node>): string[] | undefined => {
    const declaration = symbol?.valueDeclaration;
    if (!declaration) return undefined;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer) return valuesOf(declaration.initializer, seen);
    if (!ts.isParameter(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
    // A parameter named for a citation is read at each call site, where it is a citation position.
    if (CITATION_PARAMETER.test(declaration.name.text)) return [];
    // Otherwise (`(limb: string) => reason(…, \`STP 2.1(${limb})\`, …)`): read the arguments of the
    // calls to that function in the same file.
    const fn = declaration.parent;
    const index = fn.parameters.indexOf(declaration);
    const fnSymbol = ts.isFunctionDeclaration(fn) && fn.name ? checker.getSymbolAtLocation(fn.name) : ts.isVariableDeclaration(fn.parent) ? checker.getSymbolAtLocation(fn.parent.name) : undefined;
    if (!fnSymbol) return undefined;
    const out: string[] = [];
    let readable = true;
    let calls = 0;
    const find = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && checker.getSymbolAtLocation(node.expression) === fnSymbol) {
        calls += 1;
        const argument = node.arguments[index];
        const values = argument ? valuesOf(argument, seen) : undefined;
        if (values) out.push(...values);
        else readable = false;
      }
      ts.forEachChild(node, find);
    };
    find(declaration.getSourceFile());
    return readable && calls > 0 ? out : undefined;
  };

  /** Records a value in a citation position; objects and arrays hold several. */
  const record = (expression: ts.Expression): void => {
    if (ts.isObjectLiteralExpression(expression)) {
      for (const property of expression.properties) if (ts.isPropertyAssignment(property)) record(property.initializer);
      return;
    }
    if (ts.isArrayLiteralExpression(expression)) {
      for (const element of expression.elements) record(element);
      return;
    }
    // A call in a citation position (`same('352J(i)')`) is read at its own arguments.
    if (ts.isCallExpression(expression) && expression.arguments.some((argument) => isCitationArgument(argument))) return;
    if (!isStringLike(checker.getTypeAtLocation(expression))) return;
    const values = valuesOf(expression, new Set());
    if (values) for (const value of values) add(value, expression);
    else dynamic.push({ site: siteOf(expression), text: expression.getText() });
  };

  /**
   * The parameters of the function a call goes to, when it is declared in the scanned files.
   * Calls into libraries (zod, date-fns) are skipped: they take no citations, and resolving their
   * signatures is what would make the scan slow.
   */
  const declaredParameters = (call: ts.CallExpression): ts.NodeArray<ts.ParameterDeclaration> | undefined => {
    const declaration = resolve(checker.getSymbolAtLocation(call.expression))?.valueDeclaration;
    if (!declaration || !scanned.has(declaration.getSourceFile().fileName)) return undefined;
    if (ts.isVariableDeclaration(declaration)) {
      const init = declaration.initializer;
      return init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init.parameters : undefined;
    }
    return ts.isFunctionLike(declaration) ? declaration.parameters : undefined;
  };

  const isCitationArgument = (argument: ts.Expression): boolean => {
    const call = argument.parent;
    if (!ts.isCallExpression(call)) return false;
    const parameter = declaredParameters(call)?.[call.arguments.indexOf(argument)];
    return parameter !== undefined && ts.isIdentifier(parameter.name) && CITATION_PARAMETER.test(parameter.name.text);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      for (const argument of node.arguments) if (isCitationArgument(argument)) record(argument);
    } else if (ts.isPropertyAssignment(node) && CITATION_PROPERTY.test(node.name.getText())) {
      record(node.initializer);
    } else if (ts.isShorthandPropertyAssignment(node) && CITATION_PROPERTY.test(node.name.text)) {
      record(node.name);
    }
    ts.forEachChild(node, visit);
  };

  for (const file of program.getSourceFiles()) {
    if (scanned.has(file.fileName)) visit(file);
  }
  return { citations, dynamic };
}
