import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestPersistentStorage } from './platform/storage';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void requestPersistentStorage();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
