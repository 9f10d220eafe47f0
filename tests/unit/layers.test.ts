// @vitest-environment node
/**
 * The layering rules are enforced by lint, not by convention: shared UI and code (src/components,
 * src/lib) take props and import neither the view store nor the queries, features never import
 * each other, and import cycles fail. Probe files that break each rule are written into the
 * tree, linted with the project's own config, and removed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ESLint } from 'eslint'

const root = process.cwd()
const probes: string[] = []

function probe(path: string, text: string) {
  const full = join(root, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, text)
  probes.push(full)
  return full
}

afterAll(() => {
  for (const p of probes) rmSync(p, { force: true })
})

async function ruleIds(files: readonly string[]) {
  const eslint = new ESLint({ cwd: root })
  const results = await eslint.lintFiles([...files])
  return results.flatMap((r) => r.messages.map((m) => m.ruleId))
}

describe('layering lint rules', () => {
  it('fail on a store or query import from src/components or src/lib, a cross-feature import and a cycle', async () => {
    const files = [
      probe(
        'src/components/lint-probe-store.ts',
        "import { useViewStore } from '../stores/view-store'\nexport const probe = useViewStore\n",
      ),
      probe(
        'src/lib/lint-probe-query.ts',
        "import { metaKeys } from '../queries/meta'\nexport const probe = metaKeys\n",
      ),
      probe(
        'src/features/present/lint-probe-feature.ts',
        "import { INVESTMENT_FIGURES } from '../investment/figures'\nexport const probe = INVESTMENT_FIGURES\n",
      ),
      probe(
        'src/lib/lint-probe-cycle-a.ts',
        "import { b } from './lint-probe-cycle-b'\nexport const a = (): number => b() + 1\n",
      ),
      probe(
        'src/lib/lint-probe-cycle-b.ts',
        "import { a } from './lint-probe-cycle-a'\nexport const b = (): number => a() - 1\n",
      ),
    ]
    const ids = await ruleIds(files)
    expect(ids.filter((id) => id === 'import-x/no-restricted-paths')).toHaveLength(3)
    expect(ids.filter((id) => id === 'import-x/no-cycle').length).toBeGreaterThanOrEqual(2)
  }, 120_000)

  it('pass on the same imports where the layers allow them (a control)', async () => {
    const file = probe(
      'src/features/present/lint-probe-allowed.ts',
      "import { useViewStore } from '../../stores/view-store'\nimport { metaKeys } from '../../queries/meta'\nexport const probe = [useViewStore, metaKeys]\n",
    )
    const ids = await ruleIds([file])
    expect(ids.filter((id) => id?.startsWith('import-x/'))).toEqual([])
  }, 120_000)
})
