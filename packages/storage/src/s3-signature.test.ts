import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalRequest, EMPTY_PAYLOAD_SHA256, signRequest } from './s3-signature.ts';

// AWS's published examples: the "get-vanilla" case of the SigV4 test suite, and the GET and PUT object examples of
// the S3 SigV4 documentation, with the example credentials and dates they document.
const SUITE = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 'service' };
const S3_DOCS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 's3' };

describe('signRequest', () => {
  it('reproduces get-vanilla from the SigV4 test suite, canonical request and signature', () => {
    const url = new URL('https://example.amazonaws.com/');
    const headers = signRequest({ method: 'GET', url, headers: {}, payloadSha256: EMPTY_PAYLOAD_SHA256 }, SUITE, new Date('2015-08-30T12:36:00Z'));
    const canonical = canonicalRequest('GET', url, { host: headers.host ?? '', 'x-amz-date': headers['x-amz-date'] ?? '' }, EMPTY_PAYLOAD_SHA256);
    expect(canonical.text).toBe(
      ['GET', '/', '', 'host:example.amazonaws.com', 'x-amz-date:20150830T123600Z', '', 'host;x-amz-date', EMPTY_PAYLOAD_SHA256].join('\n'),
    );
    expect(createHash('sha256').update(canonical.text).digest('hex')).toBe('bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63');
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, ' +
        'Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('reproduces the S3 documentation example GET Object with a Range header', () => {
    const headers = signRequest(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { Range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_PAYLOAD_SHA256 },
        payloadSha256: EMPTY_PAYLOAD_SHA256,
      },
      S3_DOCS,
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('reproduces the S3 documentation example PUT Object, whose key needs encoding', () => {
    const payload = createHash('sha256').update('Welcome to Amazon S3.').digest('hex');
    const headers = signRequest(
      {
        method: 'PUT',
        url: new URL('https://examplebucket.s3.amazonaws.com/test$file.text'),
        headers: { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY', 'x-amz-content-sha256': payload },
        payloadSha256: payload,
      },
      S3_DOCS,
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, ' +
        'Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd',
    );
  });

  it('changes the signature when any signed part changes', () => {
    const base = { method: 'GET', url: new URL('https://example.amazonaws.com/a'), headers: { 'x-amz-meta-a': '1' }, payloadSha256: EMPTY_PAYLOAD_SHA256 };
    const at = new Date('2015-08-30T12:36:00Z');
    const signature = (request: typeof base, credentials = SUITE): string | undefined => signRequest(request, credentials, at).authorization;
    const original = signature(base);
    expect(signature({ ...base, method: 'PUT' })).not.toBe(original);
    expect(signature({ ...base, url: new URL('https://example.amazonaws.com/b') })).not.toBe(original);
    expect(signature({ ...base, headers: { 'x-amz-meta-a': '2' } })).not.toBe(original);
    expect(signature({ ...base, payloadSha256: createHash('sha256').update('x').digest('hex') })).not.toBe(original);
    expect(signature(base, { ...SUITE, secretAccessKey: 'other' })).not.toBe(original);
  });
});
