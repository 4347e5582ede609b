// A worker of the pool used for large runs: lints batches of notes.
export {lintBatch as default} from './batch.js'
