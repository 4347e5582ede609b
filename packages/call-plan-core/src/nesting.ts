import type {Nodes, Root} from 'mdast'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {source} from './rule.js'

/**
 * Deeper than this, quotes and lists are not read. Every tree walker of the ecosystem
 * (unist-util-visit, message control, to-string) recurses once per level, and a note of
 * 10,000 nested quotes overflows the stack; no real note nests more than a few levels.
 */
export const maxNesting = 1000

/**
 * Cut what is nested deeper than `maxNesting` out of the tree, walking it without recursion,
 * and say so once on the note, at the first place that was cut.
 */
export function limitNesting(tree: Root, file: VFile): void {
  let cutAt: Point | undefined
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (!('children' in node)) continue
    const children = node.children as Nodes[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (depth + 1 < maxNesting || !('children' in child) || child.children.length === 0) {
        stack.push([child, depth + 1])
        continue
      }
      // An empty leaf keeps the place covered: message control drops messages in uncovered gaps.
      const start = child.position?.start
      if (start && (!cutAt || (start.offset ?? 0) < (cutAt.offset ?? 0))) cutAt = start
      children[index] = child.position ? {type: 'html', value: '', position: child.position} : {type: 'html', value: ''}
    }
  }
  if (cutAt) {
    const message = file.message(
      `Quotes or lists here are nested more than ${maxNesting} levels deep, so what is inside them was not checked`,
      {place: cutAt, source}
    )
    message.fatal = false
  }
}
