/**
 * A short, stable name for the data a server answers from: a hash of the whole dataset, so a
 * rebuilt fixture set (or the benchmark's synthetic one) never shares a cache key with another.
 */
import { createHash } from 'node:crypto'
import type { Dataset } from '../service/dataset'

/** The dataset's version: the first 12 characters of the SHA-1 of its JSON. */
export function datasetVersion(dataset: Dataset): string {
  return createHash('sha1').update(JSON.stringify(dataset)).digest('base64url').slice(0, 12)
}
