import { Component, type ErrorInfo, type ReactNode } from 'react';
import { logError } from './error-log';

type Props = {
  /** Where the boundary sits, for the log: `calendar`, `side panel`, `dialog`, `app`. */
  where: string;
  /** What to show instead of the broken part; `reset` renders the children again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
};

type State = { error: Error | null };

/**
 * Keeps a render error in one part of the window from blanking all of it: the part is replaced by
 * its fallback (a recovery screen), the error goes to the local log, and the rest keeps working.
 * React offers boundaries only as class components.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    logError(
      this.props.where,
      Object.assign(error, { stack: `${error.stack ?? ''}${info.componentStack ?? ''}` }),
    );
  }

  private readonly reset = () => this.setState({ error: null });

  override render(): ReactNode {
    if (this.state.error) return this.props.fallback(this.state.error, this.reset);
    return this.props.children;
  }
}
