// The wrapper the casl-prisma README prescribes for Prisma 7's `prisma-client` generator:
// CASL's Prisma runtime, typed with this project's generated models.
import type { Ability } from '@casl/ability';
import { accessibleBy, createPrismaAbility, type PrismaQueryOf, type Subjects } from '@casl/prisma/runtime';
import type { Prisma } from '@sanxiang/db';

export { accessibleBy, createPrismaAbility };

type ModelRows = { [K in Prisma.ModelName]: Prisma.TypeMap['model'][K]['payload']['scalars'] };

export type PrismaQuery = PrismaQueryOf<Prisma.TypeMap>;
/** Every table, plus `Configuration` (tenant JSON, not a table), `StaffingReport` (counts across users) and `all`. */
export type AppSubjects = Subjects<ModelRows> | 'Configuration' | 'StaffingReport' | 'all';
export type Action = 'manage' | 'create' | 'read' | 'update' | 'approve' | 'review' | 'supervise' | 'publish';
export type AppAbility = Ability<[Action, AppSubjects], PrismaQuery>;
