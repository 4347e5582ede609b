import type {VFile} from 'vfile'

/**
 * The note's text as positions in its tree count it: decoded when the file holds bytes
 * (remark-cli reads notes as bytes), and without a byte-order mark, which the parser skips.
 */
export function noteText(file: VFile): string {
  const text = file.value === undefined ? '' : String(file)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
