import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {readFrontmatter} from 'call-plan-core'
import {CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Finding} from './diagnostics.js'
import type {CommentStyle} from './settings.js'

/** Our fix-all kind: requested by `source.fixAll` (VS Code's "fix all on save") and by name. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.callPlanLint`

/** The note a fix is for: its uri and the version of the text the findings were computed on. */
export interface FixTarget {
  uri: string
  version: number
  /** Whether the client takes versioned edits (`workspace.workspaceEdit.documentChanges`). */
  versioned: boolean
}

/**
 * An edit of one note. Versioned when the client allows it, so an editor refuses to apply a fix
 * to text that changed since the findings were computed instead of writing it in the wrong place.
 */
function noteEdit(target: FixTarget, edits: TextEdit[]): WorkspaceEdit {
  return target.versioned
    ? {documentChanges: [{textDocument: {uri: target.uri, version: target.version}, edits}]}
    : {changes: {[target.uri]: edits}}
}

/** Quick fixes for the findings under the cursor: each `expected` text replaces the finding's range. */
export function quickFixes(target: FixTarget, findings: Finding[]): CodeAction[] {
  const actions: CodeAction[] = []
  for (const finding of findings) {
    finding.expected.forEach((replacement, index) => {
      actions.push({
        title: fixTitle(finding, replacement),
        kind: CodeActionKind.QuickFix,
        diagnostics: [finding.diagnostic],
        isPreferred: index === 0 && finding.expected.length === 1,
        edit: noteEdit(target, [{range: finding.diagnostic.range, newText: replacement}])
      })
    })
  }
  return actions
}

function fixTitle(finding: Finding, replacement: string): string {
  const inserting = isEmpty(finding.diagnostic.range)
  const firstLine = replacement.split(/\r?\n/).find((line) => line.trim().length > 0)?.trim() ?? ''
  if (firstLine === '') return 'Remove this text'
  const shown = firstLine.length > 60 ? `${firstLine.slice(0, 57)}…` : firstLine
  return inserting ? `Insert “${shown}”` : `Replace with “${shown}”`
}

/**
 * A fix is safe to apply without looking when it only adds text (it never deletes what the seller
 * wrote) and there is exactly one way to do it.
 */
export function isSafeFix(finding: Finding): boolean {
  return finding.expected.length === 1 && isEmpty(finding.diagnostic.range)
}

/** One action applying every safe fix of the note; overlapping fixes after the first are left out. */
export function fixAll(target: FixTarget, findings: Finding[]): CodeAction | undefined {
  const edits: TextEdit[] = []
  const fixed: Diagnostic[] = []
  const safe = findings.filter(isSafeFix).sort((a, b) => compare(a.diagnostic.range.start, b.diagnostic.range.start))
  for (const finding of safe) {
    const range = finding.diagnostic.range
    if (edits.some((edit) => compare(edit.range.start, range.start) === 0)) continue
    edits.push({range, newText: finding.expected[0]!})
    fixed.push(finding.diagnostic)
  }
  if (edits.length === 0) return undefined
  return {
    title: 'Fix all call-plan problems that have a safe fix',
    kind: fixAllKind,
    diagnostics: fixed,
    edit: noteEdit(target, edits)
  }
}

/**
 * "Disable this rule for this note": a message-control comment right after the frontmatter, in the
 * form the seller's editor hides (`%%` in Obsidian vaults) or the portable HTML form. An existing
 * disable comment in that place gets the rule added instead of a second comment.
 */
export function disableRuleAction(
  target: FixTarget,
  document: TextDocument,
  ruleId: string,
  style: 'obsidian' | 'html',
  diagnostics: Diagnostic[]
): CodeAction | undefined {
  const text = document.getText()
  const frontmatter = readFrontmatter(text)
  // `endLine` is the closing fence (1-based), so the note's body starts on that 0-based line.
  let line = frontmatter.language === 'none' ? 0 : frontmatter.endLine
  if (line > document.lineCount) line = document.lineCount
  // Findings inside the frontmatter come before any comment, so a comment cannot silence them.
  if (diagnostics.every((diagnostic) => diagnostic.range.start.line < line)) return undefined
  while (line < document.lineCount && lineText(document, line).trim() === '') line++

  const existing = line < document.lineCount ? parseDisableComment(lineText(document, line)) : undefined
  let edit: TextEdit
  if (existing && existing.style === style) {
    if (existing.ruleIds.includes(ruleId)) return undefined
    const content = lineText(document, line)
    edit = {
      range: {start: {line, character: 0}, end: {line, character: content.length}},
      newText: disableComment(style, [...existing.ruleIds, ruleId])
    }
  } else {
    const start = frontmatter.language === 'none' ? 0 : Math.min(frontmatter.endLine, document.lineCount)
    const eol = text.includes('\r\n') ? '\r\n' : '\n'
    const atEnd = start >= document.lineCount
    const prefix = atEnd && text.length > 0 && !text.endsWith('\n') ? eol : ''
    // A blank line after it: an Obsidian `%%` comment must be a paragraph of its own to count.
    const blankFollows = atEnd || lineText(document, start).trim() === ''
    edit = {
      range: {start: {line: start, character: 0}, end: {line: start, character: 0}},
      newText: `${prefix}${disableComment(style, [ruleId])}${eol}${blankFollows ? '' : eol}`
    }
  }
  return {
    title: `Disable ${ruleId} for this note`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: noteEdit(target, [edit])
  }
}

export function disableComment(style: 'obsidian' | 'html', ruleIds: string[]): string {
  return style === 'obsidian' ? `%% lint disable ${ruleIds.join(' ')} %%` : `<!--lint disable ${ruleIds.join(' ')}-->`
}

function parseDisableComment(line: string): {style: 'obsidian' | 'html'; ruleIds: string[]} | undefined {
  const value = line.trim()
  let inner: string | undefined
  let style: 'obsidian' | 'html'
  if (value.startsWith('<!--') && value.endsWith('-->')) {
    inner = value.slice(4, -3)
    style = 'html'
  } else if (value.length > 4 && value.startsWith('%%') && value.endsWith('%%')) {
    inner = value.slice(2, -2)
    style = 'obsidian'
  } else {
    return undefined
  }
  const words = inner.trim().split(/\s+/)
  if (words[0] !== 'lint' || words[1] !== 'disable' || words.length < 3) return undefined
  return {style, ruleIds: words.slice(2)}
}

/**
 * `auto`: Obsidian's `%%` form when the note lives in an Obsidian vault (a `.obsidian/` folder in
 * its folder or a parent, up to the workspace folder), the HTML form everywhere else.
 */
export function resolveCommentStyle(style: CommentStyle, filePath: string | undefined, stopAt: string | undefined): 'obsidian' | 'html' {
  if (style !== 'auto') return style
  if (!filePath) return 'html'
  let folder = path.dirname(filePath)
  for (;;) {
    if (isFolder(path.join(folder, '.obsidian'))) return 'obsidian'
    if (stopAt && path.relative(stopAt, folder) === '') break
    const parent = path.dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  return 'html'
}

function isFolder(candidate: string): boolean {
  try {
    return existsSync(candidate) && statSync(candidate).isDirectory()
  } catch {
    return false
  }
}

function lineText(document: TextDocument, line: number): string {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  return text.replace(/\r?\n$/, '')
}

function isEmpty(range: Range): boolean {
  return range.start.line === range.end.line && range.start.character === range.end.character
}

function compare(a: {line: number; character: number}, b: {line: number; character: number}): number {
  return a.line - b.line || a.character - b.character
}
