import type { LocalText } from './i18n/index.ts';

// Evidence goes to the server's upload route as a raw byte body (apps/server/src/upload-route.ts), through
// XMLHttpRequest because fetch still reports no upload progress; the bar follows `upload.onprogress`.

export interface EvidenceMetadata {
  actionId: string;
  deviceId: string;
  certificateNumber: string;
  /** Instants with their offset, e.g. 2026-11-23T10:00:00+08:00. */
  startedAt: string;
  endedAt: string;
  place: string;
  fileName: string;
}

export class UploadRefused extends Error {
  constructor(readonly status: number, readonly text: LocalText | null, readonly details: unknown) {
    super(text ? `${text.zh} / ${text.en}` : `upload failed with status ${status}`);
  }
}

export function uploadUrl(caseId: string, metadata: EvidenceMetadata): string {
  const query = new URLSearchParams(Object.entries(metadata).filter(([, value]) => value !== ''));
  return `/api/cases/${encodeURIComponent(caseId)}/evidence?${query.toString()}`;
}

/** Sends one file; resolves with the stored record, rejects with UploadRefused carrying the server's bilingual text. */
export function uploadEvidence(caseId: string, file: Blob, metadata: EvidenceMetadata, onProgress: (percent: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadUrl(caseId, metadata));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body);
        return;
      }
      const error = (body as { error?: { text?: LocalText; details?: unknown } } | null)?.error;
      reject(new UploadRefused(xhr.status, error?.text ?? null, error?.details ?? null));
    };
    xhr.onerror = () => reject(new UploadRefused(0, null, null));
    xhr.send(file);
  });
}
