// The page's fonts and styles, bundled by Vite with the entry that imports this module.
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '../ui/styles.css';
import '../ui/sources.css';
import '../ui/closed.css';
