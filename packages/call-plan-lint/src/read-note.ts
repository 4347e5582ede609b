import {readFileSync} from 'node:fs'

/** How a note's bytes are text: `--fix` writes a note back the way it was read. */
export type NoteEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

export interface DecodedNote {
  /** The note as text; a byte-order mark stays in it as U+FEFF (call-plan-core skips it). */
  text: string
  encoding: NoteEncoding
}

export interface ReadNote extends DecodedNote {
  /** The bytes the text was decoded from, to tell later whether the note changed on disk. */
  bytes: Buffer
}

/**
 * Read a note once, as bytes, and decode it: Windows tools write UTF-16 with a byte-order mark,
 * everything else is read as UTF-8, bytes that are not UTF-8 becoming U+FFFD so that later lines
 * keep their numbers. Throws what `readFileSync` throws.
 */
export function readNote(file: string): ReadNote {
  const bytes = readFileSync(file)
  return {...decodeNote(bytes), bytes}
}

export function decodeNote(bytes: Uint8Array): DecodedNote {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return {text: utf16(bytes, 'utf-16le'), encoding: 'utf-16le'}
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return {text: utf16(bytes, 'utf-16be'), encoding: 'utf-16be'}
  return {text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8'}
}

/** The bytes of a text in an encoding; a U+FEFF at its start becomes that encoding's byte-order mark. */
export function encodeNote(text: string, encoding: NoteEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8')
  const bytes = Buffer.from(text, 'utf16le')
  return encoding === 'utf-16be' ? bytes.swap16() : bytes
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  // ignoreBOM keeps the mark in the text, as a UTF-8 note read with 'utf8' keeps it, so that
  // encoding the text again gives the mark back.
  return new TextDecoder(encoding, {fatal: false, ignoreBOM: true}).decode(bytes)
}
