/** Saving and copying exports: blob URLs for downloads, the async Clipboard API for copies. */

/** Starts a download of a blob under a file name. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoke later: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A file-name-safe slug of a title ("Ranked, 2023: 7 countries" → "ranked-2023-7-countries"). */
export function slug(title: string): string {
  const s = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return s || 'chart'
}

/** Copies a PNG to the clipboard (the promise form keeps the user gesture in Chromium/Safari). */
export async function copyPng(png: Promise<Blob>) {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])
}

export async function copyText(text: string) {
  await navigator.clipboard.writeText(text)
}
