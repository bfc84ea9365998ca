// Room: renderer — React entry. Fonts are bundled from @fontsource: the page loads nothing
// from the network (the Content-Security-Policy forbids it).
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { NoticesProvider } from './common/Notices.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html không có phần tử #root');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <NoticesProvider>
        <App />
      </NoticesProvider>
    </I18nProvider>
  </StrictMode>,
);
