/** Flags every Chromium launch uses. */
export declare const CHROMIUM_FLAGS: readonly string[]
/** The path of a usable Chromium; installs Debian's package when possible and needed. */
export declare function findChromium(options?: { install?: boolean }): string
