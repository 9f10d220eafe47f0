/** Sources and caveats of the whole panel, in one place under the charts. */
import { LEAVES_OUT, MODEL_CAVEATS, PATENT_CAVEATS } from './caveats'

export function SourcesNote() {
  return (
    <details className="models-sources">
      <summary>Sources and caveats</summary>
      <ul>
        <li>
          Notable ML models: Epoch AI via the Stanford HAI AI Index (CC BY-ND 4.0). The Edition
          picker decides which count is shown (US 2023: 61 in AI Index 2024, 87 in AI Index 2026);
          series never mix editions.
        </li>
        {MODEL_CAVEATS.map((c) => (
          <li key={c}>{c}</li>
        ))}
        <li>
          Foundation models by country (US 109, China 20, 2023) are seen only in the ING article
          citing AI Index 2024; the world total (149) is from AI Index 2024.
        </li>
        <li>Granted AI patents: AI Index (own patent pipeline), by region; per 100k by country.</li>
        {PATENT_CAVEATS.map((c) => (
          <li key={c}>{c}</li>
        ))}
        <li>{`Output per dollar: cumulative private investment (Quid) and cumulative notable models, ratio computed here. ${LEAVES_OUT}`}</li>
        <li>
          Per capita: World Bank population (WDI), computed here; years without population read “no
          data”.
        </li>
      </ul>
    </details>
  )
}
