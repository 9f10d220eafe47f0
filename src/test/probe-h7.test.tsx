import { screen, waitFor, within } from '@testing-library/react'
import { server } from '../../mocks/node'
import { renderWithApp } from './render-app'
import { App } from '../app/app'
it('probe', async () => {
  const urls: string[] = []
  server.events.on('request:start', ({ request }) => { urls.push(request.url) })
  const t0 = performance.now()
  renderWithApp(<App />)
  await waitFor(() => expect(screen.queryAllByRole('status').filter(s => s.classList.contains('panel-state--loading'))).toHaveLength(0), { timeout: 10000 })
  console.log('ms', performance.now() - t0)
  console.log(urls.join('\n'))
  for (const r of screen.getAllByRole('region')) console.log('REGION', r.getAttribute('aria-labelledby'), within(r).queryAllByRole('heading')[0]?.textContent, within(r).queryAllByRole('table').length, within(r).queryAllByRole('figure').length)
})
