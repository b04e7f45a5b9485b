/** Offers a text as a file to save (or open, for a calendar). */
export function downloadFile(
  text: string,
  fileName: string,
  type: 'text/calendar' | 'application/json' | 'text/csv',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
