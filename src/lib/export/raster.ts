/**
 * SVG → PNG through an <img> and a <canvas> (blob URL: allowed by the CSP's img-src blob:).
 * The image is scaled to fit the output size and centred on the background colour.
 */
export interface RasterSize {
  readonly width: number
  readonly height: number
}

/** Output size of a PNG preset for an image of the given size. */
export function pngSize(
  preset: '1x' | '2x' | '4k',
  image: RasterSize,
): RasterSize & { scale: number } {
  if (preset === '4k') {
    const scale = Math.min(3840 / image.width, 2160 / image.height)
    return { width: 3840, height: 2160, scale }
  }
  const scale = preset === '2x' ? 2 : 1
  return { width: image.width * scale, height: image.height * scale, scale }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('The chart image could not be drawn.'))
    img.src = url
  })
}

/** Draws an SVG string into a PNG blob of the given preset size. */
export async function svgToPng(
  svg: string,
  image: RasterSize,
  preset: '1x' | '2x' | '4k',
  background: string,
): Promise<Blob> {
  const out = pngSize(preset, image)
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const img = await loadImage(url)
    const canvas = document.createElement('canvas')
    canvas.width = out.width
    canvas.height = out.height
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('This browser cannot draw images (no canvas).')
    ctx.fillStyle = background
    ctx.fillRect(0, 0, out.width, out.height)
    const w = image.width * out.scale
    const h = image.height * out.scale
    ctx.drawImage(img, (out.width - w) / 2, (out.height - h) / 2, w, h)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
