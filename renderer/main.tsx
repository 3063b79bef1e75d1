import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder entry until the planner UI lands; replaced by the renderer's App.
function App() {
  return <main><h1>Wijkteamplanner</h1></main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
