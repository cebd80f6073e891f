import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { contentTypeOfKey, isStorageKey, type Storage } from './types';

/** `s3://key:secret@host:port/bucket` (plain http) or `s3s://…` (https); `?region=` optional. */
export function parseStorageUrl(url: string) {
  const u = new URL(url);
  if (u.protocol !== 's3:' && u.protocol !== 's3s:') throw new Error('STORAGE_URL must start with s3:// or s3s://');
  const bucket = decodeURIComponent(u.pathname.replace(/^\/+|\/+$/g, ''));
  if (!bucket || bucket.includes('/')) throw new Error('STORAGE_URL needs a bucket: s3://key:secret@host:port/bucket');
  const scheme = u.protocol === 's3s:' ? 'https' : 'http';
  return {
    endpoint: `${scheme}://${u.host}`,
    bucket,
    region: u.searchParams.get('region') ?? 'us-east-1',
    credentials: { accessKeyId: decodeURIComponent(u.username), secretAccessKey: decodeURIComponent(u.password) },
  };
}

export function s3Storage(url: string): Storage {
  const config = parseStorageUrl(url);
  // Path-style addressing: MinIO, Ceph, s3rver and most self-hosted stores have no per-bucket DNS.
  const client = new S3Client({ endpoint: config.endpoint, region: config.region, credentials: config.credentials, forcePathStyle: true });
  const Bucket = config.bucket;
  return {
    async put(key, bytes, contentType) {
      if (!isStorageKey(key)) throw new Error(`storage: bad key ${key}`);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType }));
    },
    async get(key) {
      if (!isStorageKey(key)) return null;
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!out.Body) return null;
        return { bytes: await out.Body.transformToByteArray(), contentType: contentTypeOfKey(key) };
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
        throw error;
      }
    },
    async remove(key) {
      if (!isStorageKey(key)) return;
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
