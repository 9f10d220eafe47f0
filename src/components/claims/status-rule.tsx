/** The claim-status rule, as /meta serves it, folded under "How statuses are given". */
export function StatusRule({ rule }: { readonly rule: string | null }) {
  if (rule === null) return null
  return (
    <details className="status-rule">
      <summary>How statuses are given</summary>
      <p>{rule}</p>
    </details>
  )
}
