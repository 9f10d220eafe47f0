/**
 * The join between the app's countries (ISO3 ids) and world-atlas's features. world-atlas
 * names each country feature by its ISO 3166-1 numeric code as a three-digit string ("004" is
 * Afghanistan); UN M49 gives countries the same numbers, and /meta serves every country's M49
 * code from data/sources/countries.csv, unpadded ("4"). So the join needs no hand table: pad
 * the code. Features without an ISO code (Kosovo, N. Cyprus, Somaliland) join no country.
 */

/** The atlas id of a UN M49 country code ("4" → "004"); null for a missing or malformed code. */
export function atlasIdOf(m49: string | null): string | null {
  if (m49 === null || !/^\d{1,3}$/.test(m49)) return null
  return m49.padStart(3, '0')
}

/** Antarctica (ISO 010): no AI figure, and a fifth of an Equal Earth world's height. Not drawn. */
export const ANTARCTICA = '010'
