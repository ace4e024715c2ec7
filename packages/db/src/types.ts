// Browser-safe: enums and model types only, never the client.
export * from './generated/prisma/enums.ts';
export type * from './generated/prisma/models.ts';
