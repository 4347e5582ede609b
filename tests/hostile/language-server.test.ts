/**
 * Hostile notes opened in the language server over stdio, as an editor sends them: each gets
 * its diagnostics (or none), nothing is executed, and the server is alive after all of them.
 */
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Diagnostic} from 'vscode-languageserver-protocol'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LspClient} from '../../packages/call-plan-language-server/test/lsp-client.js'
import * as cases from './cases.js'
import {lineLengths} from './support.js'

const vault = mkdtempSync(join(tmpdir(), 'call-plan-lsp-'))
let client: LspClient
let counter = 0

function uriFor(name: string): string {
  counter++
  return pathToFileURL(join(vault, `${counter}-${name}`)).href
}

async function open(name: string, text: string): Promise<Diagnostic[]> {
  const published = await client.open(uriFor(name), text)
  const lengths = lineLengths(text)
  for (const diagnostic of published.diagnostics) {
    expect(diagnostic.message).not.toMatch(/could not check|Maximum call stack|Cannot read propert|\n\s+at /)
    for (const point of [diagnostic.range.start, diagnostic.range.end]) {
      expect(point.line, diagnostic.message).toBeLessThan(lengths.length)
      expect(point.character, diagnostic.message).toBeLessThanOrEqual(lengths[point.line]!)
    }
  }
  return published.diagnostics
}

function at(diagnostics: Diagnostic[], code: string): Array<[number, number]> {
  return diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character])
}

beforeAll(async () => {
  client = await LspClient.start({root: vault, settings: {now: '2026-06-01T09:00:00Z'}})
}, 60_000)

afterAll(async () => {
  await client.stop()
  rmSync(vault, {recursive: true, force: true})
})

describe('the language server on hostile notes', () => {
  it('refuses JavaScript frontmatter and runs none of it', async () => {
    for (const [index, fence] of cases.javascriptFences.entries()) {
      const marker = join(vault, `executed-${index}.txt`)
      const diagnostics = await open('js.md', cases.javascriptFrontmatter(fence, marker))
      expect(at(diagnostics, 'call-plan-frontmatter'), fence).toEqual([[0, 0]])
      expect(existsSync(marker)).toBe(false)
    }
  })

  it('reads YAML bombs and refuses custom tags, unclosed fences and NULs at their place', async () => {
    expect(at(await open('laughs.md', cases.billionLaughs()), 'call-plan-frontmatter')).toEqual([])
    for (const tag of Object.keys(cases.customTags) as Array<keyof typeof cases.customTags>) {
      expect(at(await open('tag.md', cases.customTagNote(tag)), 'call-plan-frontmatter').map(([line]) => line)).toEqual([4])
    }
    expect(at(await open('unclosed.md', cases.unclosedFrontmatter), 'call-plan-frontmatter')).toEqual([[0, 0]])
    expect(at(await open('nul.md', cases.nulNote), 'call-plan-frontmatter')).toEqual([[2, 12]])
  })

  it('skips a 10 MB note with one message, and checks a 1 MB line and deep nesting', async () => {
    const large = await open('large.md', cases.largeNote(10 * 1024 * 1024))
    expect(large).toHaveLength(1)
    expect(large[0]!.message).toMatch(/over the 5\.0 MB limit/)
    expect(at(await open('line.md', cases.singleLine(1024 * 1024, cases.lineUnits.words)), 'customer-value-language').length).toBeGreaterThan(0)
    const nested = await open('nested.md', cases.nestedBlockquotes(10_000))
    expect(nested.filter((diagnostic) => diagnostic.message.includes('nested more than')).map((diagnostic) => diagnostic.range.start.line)).toEqual([10])
  }, 120_000)

  it('gives empty, binary and invalid UTF-8 text nothing or normal findings', async () => {
    expect(await open('empty.md', '')).toEqual([])
    expect(await open('binary.md', new TextDecoder().decode(cases.binaryBytes()))).toEqual([])
    expect(at(await open('invalid.md', new TextDecoder().decode(cases.invalidUtf8Bytes())), 'leading-question')).toEqual([[14, 0]])
    expect(at(await open('only-frontmatter.md', cases.onlyFrontmatter), 'customer-value-section')).toHaveLength(1)
  })

  it('keeps lines and columns exact with CRLF and lone CR', async () => {
    for (const ending of ['\n', '\r\n', '\r']) {
      const diagnostics = await open('endings.md', cases.withLineEndings(cases.positionedNote, ending))
      expect(at(diagnostics, 'call-plan-frontmatter'), JSON.stringify(ending)).toEqual([[5, 0]])
      expect(at(diagnostics, 'leading-question'), JSON.stringify(ending)).toEqual([[16, 2]])
    }
  })

  it('is still alive and answering after all of them', async () => {
    expect(client.process.exitCode).toBeNull()
    const good = await open('good.md', cases.goodNote)
    expect(good).toEqual([])
    expect(at(await open('again.md', cases.unclosedFrontmatter), 'call-plan-frontmatter')).toEqual([[0, 0]])
  })
})
