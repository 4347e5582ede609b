import type {Nodes, Root} from 'mdast'
import type {VFile} from 'vfile'
import {commentMarker, type Marker} from 'mdast-comment-marker'
import {messageControl} from 'unified-message-control'
import {source} from 'call-plan-core'

/**
 * No `known` list: vaults that also use remark-lint write comments for its rules, and
 * those must not be reported as unknown here.
 *
 * `<!--lint disable customer-value-language-->` and its Obsidian form
 * `%% lint disable customer-value-language %%` (hidden in reading view) for our rules.
 */
export default function remarkCallPlanMessageControl() {
  return (tree: Root, file: VFile) => {
    const scoped = withoutTrailingGap(tree)
    if (!mayHoldMarker(String(file)) && settledWithoutMarkers(scoped, file)) return
    messageControl(scoped, {
      file,
      name: 'lint',
      source,
      marker: (node: Nodes) => commentMarker(node) ?? obsidianCommentMarker(node),
      test: (node: Nodes) => node.type === 'html' || node.type === 'paragraph'
    } as Parameters<typeof messageControl>[1])
  }
}

/**
 * Whether the note could hold a `lint` comment at all. Most notes hold none, and then the
 * walk over the whole tree finds nothing to do. An Obsidian comment's `%%` may be written
 * escaped (`\%`) or as a character reference (`&#37;`, `&percnt;`), so those count too.
 */
function mayHoldMarker(text: string): boolean {
  return (
    text.includes('%%') ||
    text.includes('\\%') ||
    text.includes('&#') ||
    text.includes('&percnt') ||
    (text.includes('<!--') && text.includes('lint'))
  )
}

/**
 * Without markers, all unified-message-control would do is give our messages without a place
 * line 1, column 1, and drop those in "gaps" (places no positioned node covers). A parsed tree
 * has positions everywhere and its trailing gap is closed above, so only the defaults remain.
 * A tree that a plugin changed may hold unpositioned nodes: then the library decides.
 */
function settledWithoutMarkers(tree: Root, file: VFile): boolean {
  const ours = file.messages.filter((message) => message.source === source)
  if (ours.length === 0) return true
  if (!fullyPositioned(tree)) return false
  for (const message of ours) {
    if (!message.line) message.line = 1
    if (!message.column) message.column = 1
  }
  return true
}

/** Whether every node has a position, checked without recursion. */
function fullyPositioned(tree: Root): boolean {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!node.position) return false
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return true
}

function obsidianCommentMarker(node: Nodes): Marker | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined
  const only = node.children[0]!
  if (only.type !== 'text') return undefined
  const value = only.value.trim()
  if (value.length < 5 || !value.startsWith('%%') || !value.endsWith('%%')) return undefined
  const words = value.slice(2, -2).trim().split(/\s+/)
  const name = words.shift()
  if (!name) return undefined
  const attributes = words.join(' ')
  return {name, attributes, parameters: {}, node} as unknown as Marker
}

/**
 * unified-message-control drops every message in the "gap" between the last node and the
 * end of the file, which includes a point exactly at the end of the last node: where a rule
 * offers to insert a missing section. Ending the tree with its last node closes that gap.
 */
function withoutTrailingGap(tree: Root): Root {
  const last = tree.children[tree.children.length - 1]
  if (!tree.position || !last?.position) return tree
  return {...tree, position: {start: tree.position.start, end: last.position.end}}
}
