import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installAppearance } from './app/appearance';
import { PlanGate } from './app/PlanGate';
import { ErrorBoundary } from './app/recovery/ErrorBoundary';
import { installGlobalErrorLogging } from './app/recovery/error-log';
import { LateRecoveryScreen } from './app/recovery/LateRecovery';
import { requestPersistentStorage } from './platform/storage';
import { installEarlyKeys } from './features/keyboard/early-keys';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
installGlobalErrorLogging();
// First of all key listeners: shortcuts of parts still loading wait for them (issue 13).
installEarlyKeys();
installAppearance();
void requestPersistentStorage();
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary
      where="app"
      fallback={(error, reset) => (
        <main>
          <LateRecoveryScreen part="Tierline" error={error} reset={reset} headingLevel={1} />
        </main>
      )}
    >
      <PlanGate />
    </ErrorBoundary>
  </StrictMode>,
);
