// The bound page: the floor's script (Preact, one render), drawing home's first-visit markup as the app showed it
// (captured by scripts/bench/bound.mjs) under the app's stylesheet, and marking `kb:usable` as the floor does.
import { render } from 'preact';
import { markup } from 'virtual:kb-home-markup';

render(<div dangerouslySetInnerHTML={{ __html: markup }} />, document.getElementById('app')!);
requestAnimationFrame(() => setTimeout(() => performance.mark('kb:usable'), 0));
