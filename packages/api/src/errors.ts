import { AppError, type AppErrorCode } from '@sanxiang/errors';
import { Prisma } from '@sanxiang/db';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

export const TRPC_CODE_OF: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_INPUT: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  GATE_BLOCKED: 'PRECONDITION_FAILED',
  CONFIG_INVALID: 'UNPROCESSABLE_CONTENT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** The one place where database and unknown errors become AppErrors. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') {
      return new AppError('CONFLICT', { zh: '该记录已存在（唯一性冲突）。', en: 'That record already exists (unique constraint).' }, { cause: error });
    }
    if (error.code === 'P2025') {
      return new AppError('NOT_FOUND', { zh: '找不到该记录。', en: 'Record not found.' }, { cause: error });
    }
    // No database connection came free in time: the server is overloaded, which is worth a retry, not a bug report.
    if (error.code === 'P2028') {
      return new AppError('UNAVAILABLE', { zh: '服务器繁忙，请稍后重试。', en: 'The server is busy; try again in a moment.' }, { cause: error });
    }
  }
  return new AppError(
    'INTERNAL',
    { zh: '服务器内部错误，已记录。请稍后再试或联系管理员。', en: 'Internal server error; it has been logged. Try again later or contact the administrator.' },
    { cause: error },
  );
}
