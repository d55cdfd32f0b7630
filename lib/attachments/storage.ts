import 'server-only';
// Where attachments' bytes live. By default in PostgreSQL, beside their row. When
// ATTACHMENTS_S3_BUCKET is set, in that bucket of S3 or any S3-compatible store (MinIO, R2, Ceph:
// set ATTACHMENTS_S3_ENDPOINT, and ATTACHMENTS_S3_REGION if it is not us-east-1), as objects
// attachments/<id>, with the usual AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. The row stays in
// PostgreSQL either way, so the page's access rule, its cap on files and its trash apply alike,
// and files stored before the switch are still read from where they are.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

export type TObjectStore = {
  put(id: string, bytes: Uint8Array, mime: string): Promise<void>;
  get(id: string): Promise<Uint8Array>;
  remove(id: string): Promise<void>;
};

type TS3Config = {
  bucket: string;
  endpoint?: string | undefined;
  region?: string | undefined;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export function s3Store(config: TS3Config): TObjectStore {
  const client = new S3Client({
    region: config.region || 'us-east-1',
    ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
    // S3-compatible stores do not all accept the newer default checksums; send them when required.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const key = (id: string) => `attachments/${id}`;
  return {
    async put(id, bytes, mime) {
      await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: key(id), Body: bytes, ContentType: mime }));
    },
    async get(id) {
      const out = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key(id) }));
      if (!out.Body) throw new Error(`attachment ${id}: the store returned no bytes`);
      return out.Body.transformToByteArray();
    },
    async remove(id) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: key(id) }));
    },
  };
}

let configured: TObjectStore | null | undefined;

/** The S3 store new files go to, or null when they stay in PostgreSQL. */
export function objectStore(): TObjectStore | null {
  if (configured === undefined) {
    const bucket = process.env.ATTACHMENTS_S3_BUCKET;
    configured = bucket
      ? s3Store({ bucket, endpoint: process.env.ATTACHMENTS_S3_ENDPOINT, region: process.env.ATTACHMENTS_S3_REGION })
      : null;
  }
  return configured;
}

/** Tests: send new files to this store (null: PostgreSQL) from now on. */
export function useObjectStore(store: TObjectStore | null) {
  configured = store;
}

/** An attachment's bytes, from wherever they were stored. */
export async function bytesOf(row: { id: string; storedIn: 'database' | 's3'; data: Uint8Array | null }): Promise<Uint8Array> {
  if (row.storedIn === 'database' && row.data) return new Uint8Array(row.data);
  const store = objectStore();
  if (!store) throw new Error(`attachment ${row.id} is in S3-compatible storage, but ATTACHMENTS_S3_BUCKET is not set`);
  return store.get(row.id);
}
