/**
 * Drag-and-drop of files anywhere on the page. Eagerly loaded but tiny: it only hands the files
 * on (see `upload-inbox.ts`); the upload code itself loads when the files arrive.
 */
export function installDropAnywhere(onFiles: (files: File[]) => void): () => void {
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  const over = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    document.documentElement.dataset.dropping = 'true';
  };
  const leave = (event: DragEvent) => {
    if (event.relatedTarget === null) delete document.documentElement.dataset.dropping;
  };
  const drop = (event: DragEvent) => {
    delete document.documentElement.dataset.dropping;
    if (!hasFiles(event)) return;
    event.preventDefault();
    onFiles([...(event.dataTransfer?.files ?? [])]);
  };
  window.addEventListener('dragover', over);
  window.addEventListener('dragleave', leave);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('dragleave', leave);
    window.removeEventListener('drop', drop);
  };
}
