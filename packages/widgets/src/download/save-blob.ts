/** A file name from a caption: 'Taux d’atteinte', 'csv' → 'taux-d-atteinte.csv'. */
export function fileNameOf(caption: string, extension: string): string {
  const slug = caption
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'prim-data'}.${extension}`;
}

/**
 * Saves a blob as a file through a temporary object URL and a hidden anchor: no inline
 * script and no data: URL, so it works under a strict Content-Security-Policy.
 */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
