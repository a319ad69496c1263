// The curators' studio (npm run studio): a browser app over the studio's local server. Routes:
// #/ the exhibits; #/exhibit/<id>[/<chapter>] one exhibit at one chapter.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import './studio.css';
import { exhibitScreen } from './exhibitScreen.ts';
import { exhibitsScreen } from './exhibitsScreen.ts';

const root = document.getElementById('app')!;
let shown: { exhibit: string; open: (chapter: string | undefined) => Promise<void> } | null = null;

function route(): { exhibit?: string; chapter?: string } {
  const [, kind, exhibit, chapter] = location.hash.split('/').map(decodeURIComponent);
  return kind === 'exhibit' && exhibit ? { exhibit, ...(chapter && { chapter }) } : {};
}

async function show(): Promise<void> {
  const r = route();
  root.setAttribute('aria-busy', 'true');
  try {
    if (!r.exhibit) {
      shown = null;
      document.title = 'Exhibits — Studio';
      await exhibitsScreen(root, (id) => (location.hash = `#/exhibit/${encodeURIComponent(id)}`));
      return;
    }
    if (shown?.exhibit === r.exhibit) return await shown.open(r.chapter);
    document.title = `${r.exhibit} — Studio`;
    const exhibit = r.exhibit;
    const open = await exhibitScreen(root, exhibit, r.chapter, (chapter) => {
      location.hash = `#/exhibit/${encodeURIComponent(exhibit)}${chapter ? `/${encodeURIComponent(chapter)}` : ''}`;
    });
    shown = { exhibit, open };
  } finally {
    root.removeAttribute('aria-busy');
  }
}

window.addEventListener('hashchange', () => void show());
void show();
