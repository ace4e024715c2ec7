import { APP_ERROR_CODES, HTTP_STATUS_OF } from '@sanxiang/errors';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { describe, expect, it } from 'vitest';
import { TRPC_CODE_OF } from './errors.ts';

describe('the error code tables', () => {
  it('give every code the same HTTP status over tRPC and over the plain evidence routes', () => {
    for (const code of APP_ERROR_CODES) {
      expect(getHTTPStatusCodeFromError(new TRPCError({ code: TRPC_CODE_OF[code] })), code).toBe(HTTP_STATUS_OF[code]);
    }
  });

  it('answer 413 for a file over the limit and 415 for content of a refused type', () => {
    expect(HTTP_STATUS_OF.PAYLOAD_TOO_LARGE).toBe(413);
    expect(HTTP_STATUS_OF.UNSUPPORTED_MEDIA_TYPE).toBe(415);
  });
});
