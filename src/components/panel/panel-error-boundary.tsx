/** Catches render errors inside one panel and offers to try again. */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { PanelError } from './panel-states'

interface Props {
  readonly title: string
  readonly children: ReactNode
}

interface State {
  readonly error: Error | null
}

export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Visible in the console for whoever debugs; the user sees the panel's error state.
    console.error(`Panel "${this.props.title}" failed to render`, error, info.componentStack)
  }

  override render() {
    if (this.state.error)
      return (
        <PanelError
          message="This panel failed to display. The other panels are unaffected."
          onRetry={() => this.setState({ error: null })}
        />
      )
    return this.props.children
  }
}
