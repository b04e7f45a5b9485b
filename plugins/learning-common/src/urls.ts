/**
 * Whether a string is an absolute http or https URL: the only links the
 * suite stores (no javascript:, data: or file: URLs). The backend refuses
 * any other; forms check with the same function before they send.
 *
 * @public
 */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
