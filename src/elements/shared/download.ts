/**
 * Makes the browser save `blob` as `filename`: a Blob URL on a temporary `<a download>` that is
 * clicked and removed. The URL is revoked on the next task, after the download has started.
 * Used by the CSV and image exports.
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
