import type {Heading, Root, RootContent} from 'mdast'
import type {Position} from 'unist'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {headingMatches} from './headings.js'
import {calloutOf} from './obsidian.js'

/** A part of the note under a heading, or an Obsidian callout. */
export interface Section {
  kind: 'heading' | 'callout'
  /** The heading or callout title, as written. */
  title: string
  /** Heading depth (1–6); callouts count as 7 so they never end a heading's section. */
  depth: number
  /** Where the heading (or the callout's title line) is: messages about the section point here. */
  titlePosition: Position
  /** Blocks of the section (for a callout: the blockquote's children, title line included). */
  nodes: RootContent[]
  /** Offset where the content starts: after the heading, or after the callout's title line. */
  contentStart: number
  /** Offset where the content ends. */
  contentEnd: number
}

/**
 * Every section of a note: each top-level heading with the blocks up to the next heading
 * of the same or a higher level, and each callout anywhere in the note.
 */
export function allSections(tree: Root, source: string): Section[] {
  const sections: Section[] = []
  const children = tree.children

  children.forEach((node, index) => {
    if (node.type !== 'heading' || !node.position) return
    const nodes: RootContent[] = []
    for (let next = index + 1; next < children.length; next++) {
      const sibling = children[next]!
      if (sibling.type === 'heading' && sibling.depth <= node.depth) break
      nodes.push(sibling)
    }
    const last = nodes[nodes.length - 1]
    const contentStart = node.position.end.offset ?? 0
    sections.push({
      kind: 'heading',
      title: headingText(node),
      depth: node.depth,
      titlePosition: node.position,
      nodes,
      contentStart,
      contentEnd: last?.position?.end.offset ?? contentStart
    })
  })

  visit(tree, 'blockquote', (node) => {
    const callout = calloutOf(node, source)
    if (!callout || !node.position) return
    const start = node.position.start
    sections.push({
      kind: 'callout',
      title: callout.title,
      depth: 7,
      titlePosition: {start, end: {...start, column: start.column + callout.contentStart - (start.offset ?? 0)}},
      nodes: node.children,
      contentStart: callout.contentStart,
      contentEnd: node.position.end.offset ?? callout.contentStart
    })
  })

  return sections.sort((a, b) => (a.titlePosition.start.offset ?? 0) - (b.titlePosition.start.offset ?? 0))
}

/** The sections whose heading or callout title is one of `phrasings`. */
export function findSections(tree: Root, source: string, phrasings: readonly string[]): Section[] {
  return allSections(tree, source).filter((section) => headingMatches(section.title, phrasings))
}

function headingText(node: Heading): string {
  return toString(node, {includeImageAlt: false})
}
