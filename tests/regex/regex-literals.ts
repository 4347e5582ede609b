import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import ts from 'typescript'

export interface FoundPattern {
  file: string
  line: number
  source: string
  flags: string
}

/** `.ts` files under `folder`, recursively, without `node_modules` or build output. */
function sourceFiles(folder: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(folder)) {
    if (name === 'node_modules' || name === 'dist') continue
    const path = join(folder, name)
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path))
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path)
  }
  return found
}

/**
 * Every regular expression in the source of the packages: `/…/flags` literals and
 * `new RegExp('…', '…')` / `RegExp('…')` calls whose arguments are string literals,
 * read with the TypeScript parser so strings, comments and division are never mistaken.
 */
export function regexLiterals(root: string): FoundPattern[] {
  const packages = join(root, 'packages')
  const patterns: FoundPattern[] = []
  for (const name of readdirSync(packages)) {
    const src = join(packages, name, 'src')
    let files: string[] = []
    try {
      files = sourceFiles(src)
    } catch {
      continue
    }
    for (const file of files) patterns.push(...patternsIn(relative(root, file), readFileSync(file, 'utf8')))
  }
  return patterns
}

/** The regular expressions written in one TypeScript source text. */
export function patternsIn(file: string, text: string): FoundPattern[] {
  const patterns: FoundPattern[] = []
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const at = (node: ts.Node) => tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text
      const close = literal.lastIndexOf('/')
      patterns.push({file, line: at(node), source: literal.slice(1, close), flags: literal.slice(close + 1)})
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp' &&
      node.arguments?.[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : ''
      patterns.push({file, line: at(node), source: node.arguments[0].text, flags})
    }
    ts.forEachChild(node, visit)
  }
  visit(tree)
  return patterns
}
