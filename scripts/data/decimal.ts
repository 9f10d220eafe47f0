/**
 * Unit changes on the figure's text, never on its float: "717196188" US$ is "0.717196188"
 * US$ bn, digit for digit. Dividing the parsed number by 1e9 would add float noise
 * (0.30000000000000004-style) to figures economists cite, so the decimal point moves instead.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/** The decimal text `text` × 10^places, exactly; throws on anything but a plain decimal. */
export function shiftDecimal(text: string, places: number, where: string): string {
  const match = DECIMAL.exec(text)
  if (match === null) throw new Error(`${where}: not a decimal number: ${JSON.stringify(text)}`)
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match
  const digits = whole + fraction
  // Where the decimal point falls in `digits` once the exponent and the shift are applied.
  const point = whole.length + Number(exponent) + places
  const padded =
    point <= 0
      ? '0'.repeat(1 - point) + digits
      : point > digits.length
        ? digits + '0'.repeat(point - digits.length)
        : digits
  const at = Math.max(point, 1)
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, '')
  const decimals = padded.slice(at).replace(/0+$/, '')
  const result = decimals === '' ? integer : `${integer}.${decimals}`
  return /^0(\.0*)?$/.test(result) ? '0' : sign + result
}
