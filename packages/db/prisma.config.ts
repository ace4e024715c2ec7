// Read by the Prisma CLI (generate, and migrate where the native engine exists).
// The application never reads it: packages/db/src/database.ts chooses the adapter at run time.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
