import { authorizationHeader, renewSession } from './client';
import { describeError } from './errors';

/** The file name a response's content-disposition gives (filename*=UTF-8'' first: Chinese names). */
export function attachmentName(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="([^"]+)"/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** Hands a downloaded file to the browser to save. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads a file of the API as the signed-in user and hands it to the browser to save;
 * answers the refusal in words when there is none. The file comes whatever the status
 * (the roster import answers its marked workbook with 422), so this reads the body as
 * bytes itself instead of through the typed client, which reads refusals as JSON.
 */
export async function downloadFile(path: string, fallbackName: string, init: RequestInit = {}): Promise<string | null> {
  const send = () => fetch(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), ...authorizationHeader() } });
  const token = authorizationHeader().authorization?.slice('Bearer '.length);
  let response = await send();
  if (response.status === 401 && token && (await renewSession(token))) response = await send();
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('spreadsheetml') || type.includes('octet-stream')) {
    saveFile(await response.blob(), attachmentName(response, fallbackName));
    return null;
  }
  return describeError(response.status, type.includes('json') ? await response.json() : undefined);
}
