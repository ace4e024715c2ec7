export { defineAbilityFor } from './abilities.ts';
export type { Actor } from './abilities.ts';
export { accessibleBy } from './casl-prisma.ts';
export type { Action, AppAbility, AppSubjects, PrismaQuery } from './casl-prisma.ts';
export { subject } from '@casl/ability';
