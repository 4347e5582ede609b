import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {isSafeFix} from '../dist/fix.js'
import {decodeNote, encodeNote, readNote} from '../dist/read-note.js'

const text = '---\r\ntype: call-plan\r\n---\r\n\r\n# Grüße aus 東京 🚀\r\n'

function utf16(value: string, endian: 'le' | 'be'): Buffer {
  const bytes = Buffer.from('\uFEFF' + value, 'utf16le')
  return endian === 'le' ? bytes : bytes.swap16()
}

describe('readNote', () => {
  it('reads UTF-8 as today, a byte-order mark kept in the text, and gives the same bytes back', () => {
    for (const value of [text, '\uFEFF' + text]) {
      const bytes = Buffer.from(value, 'utf8')
      expect(decodeNote(bytes)).toEqual({text: value, encoding: 'utf-8'})
      expect(encodeNote(value, 'utf-8').equals(bytes)).toBe(true)
    }
  })

  it('decodes UTF-16 LE and BE by their byte-order mark, and encodes them back byte for byte', () => {
    for (const endian of ['le', 'be'] as const) {
      const bytes = utf16(text, endian)
      const decoded = decodeNote(bytes)
      expect(decoded).toEqual({text: '\uFEFF' + text, encoding: `utf-16${endian}`})
      expect(encodeNote(decoded.text, decoded.encoding).equals(bytes)).toBe(true)
    }
  })

  it('turns bytes that are not text into U+FFFD without failing, so they do not encode back', () => {
    const invalid = Buffer.from([0x61, 0x80, 0xff, 0x0a, 0x62])
    const decoded = decodeNote(invalid)
    expect(decoded).toEqual({text: 'a\uFFFD\uFFFD\nb', encoding: 'utf-8'})
    expect(encodeNote(decoded.text, decoded.encoding).equals(invalid)).toBe(false)
    // A UTF-16 note cut in the middle of a code unit.
    const cut = Buffer.concat([utf16('ab', 'le'), Buffer.from([0x63])])
    expect(decodeNote(cut).text).toBe('\uFEFFab\uFFFD')
  })

  it('reads a file once and returns its bytes with the text', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'call-plan-read-'))
    try {
      const file = path.join(folder, 'note.md')
      writeFileSync(file, utf16(text, 'be'))
      const note = readNote(file)
      expect(note.encoding).toBe('utf-16be')
      expect(note.text).toBe('\uFEFF' + text)
      expect(note.bytes.equals(utf16(text, 'be'))).toBe(true)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('isSafeFix', () => {
  const point = {line: 3, column: 1, offset: 20}
  it('accepts one replacement at a zero-width place: an insertion', () => {
    expect(isSafeFix({expected: ['## Goals'], place: {start: point, end: point}})).toBe(true)
  })

  it('refuses a replacement of a range, a choice of several, none, or a place without a range', () => {
    expect(isSafeFix({expected: ['What …?'], place: {start: point, end: {line: 3, column: 9, offset: 28}}})).toBe(false)
    expect(isSafeFix({expected: ['a', 'b'], place: {start: point, end: point}})).toBe(false)
    expect(isSafeFix({expected: [], place: {start: point, end: point}})).toBe(false)
    expect(isSafeFix({expected: undefined, place: {start: point, end: point}})).toBe(false)
    expect(isSafeFix({expected: ['## Goals'], place: point})).toBe(false)
    expect(isSafeFix({expected: ['## Goals'], place: undefined})).toBe(false)
  })
})
