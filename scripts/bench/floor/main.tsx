// The floor: a blank Vite + Preact page, built with the app's own vite in the same bench run. It renders one
// heading and sets the same `kb:usable` mark as the app, the same way (after the frame that shows it).
import { render } from 'preact';
import './floor.css';

render(
  <main>
    <h1>Kamerabedömning</h1>
    <p>Floor page</p>
  </main>,
  document.getElementById('app')!,
);
requestAnimationFrame(() => setTimeout(() => performance.mark('kb:usable'), 0));
