/** Event handlers of the feed forms: a chosen file, a submitted URL. */

/** A file input's change → the file (the input is cleared so the same file can be chosen again). */
export function onFileChosen(load: (file: File) => void): (e: Event) => void {
  return (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) load(file);
    input.value = '';
  };
}

/** A form's submit → the trimmed value of its URL field, when not empty. */
export function onUrlSubmitted(
  field: string,
  load: (url: string) => void,
): (e: SubmitEvent) => void {
  return (e) => {
    e.preventDefault();
    const url = new FormData(e.target as HTMLFormElement).get(field);
    if (typeof url === 'string' && url.trim()) load(url.trim());
  };
}
