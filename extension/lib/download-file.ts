/**
 * Saves a Blob as a file through an object URL and an `<a download>` click, which works in the
 * popup and the options page in Chrome and Firefox without the downloads permission. In some
 * browsers the popup closes when the download UI takes focus, which is why exporting every text
 * lives on the options page: a long export must not lose its page halfway.
 */
export function downloadFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after the click returns: the URL lives a moment longer.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
