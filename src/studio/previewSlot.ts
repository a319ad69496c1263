// Screen 6's slot: the kiosk's own stage, from src/studio/preview/ (D's module). Until that module
// is there, the slot says where the preview will load. import.meta.glob finds the module when it
// exists and is an empty map when it does not, so the studio builds either way.
import { h } from './dom.ts';

/** What src/studio/preview/index.ts gives the studio. */
export interface PreviewHandle {
  setFiles(files: Record<string, unknown>): void;
  show(chapter: string, sentence: number, lang: string): void;
  setOrientation(o: 'landscape' | 'portrait'): void;
  play(): void;
  destroy(): void;
}

interface PreviewModule {
  mountPreview(el: HTMLElement, opts: { exhibit: string }): PreviewHandle;
}

const found = import.meta.glob<PreviewModule>('./preview/index.ts');

/** Mounts the preview in `el`, or a placeholder that does nothing when there is none yet. */
export async function mountPreviewSlot(el: HTMLElement, exhibit: string): Promise<PreviewHandle> {
  const load = found['./preview/index.ts'];
  if (load) {
    try {
      const mod = await load();
      return mod.mountPreview(el, { exhibit });
    } catch (e) {
      el.replaceChildren(
        h(
          'p',
          { class: 'preview-placeholder problem' },
          `The preview could not start: ${(e as Error).message}`,
        ),
      );
    }
  } else {
    el.replaceChildren(h('p', { class: 'preview-placeholder' }, 'Preview loads here'));
  }
  const none = () => undefined;
  return {
    setFiles: none,
    show: none,
    setOrientation: none,
    play: none,
    destroy: () => el.replaceChildren(),
  };
}
