// The layering of shared/STYLE.md: apps → api → domain packages → db. Arrows point one way.
const DOMAIN = '(config|engine|workflow|docgen|forms|authz|audit|identity|tenancy|disclosure|calendar|storage|connector|statistics)';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Cycles make layers meaningless.', from: {}, to: { circular: true } },
    {
      name: 'packages-never-import-apps', severity: 'error',
      comment: 'A package must not reach up into an app.',
      from: { path: '(^|/)packages/' }, to: { path: '(^|/)apps/' },
    },
    {
      name: 'domain-not-api', severity: 'error',
      comment: 'Domain packages sit below the API layer.',
      from: { path: `(^|/)packages/${DOMAIN}/` }, to: { path: '(^|/)packages/api/' },
    },
    {
      name: 'domain-no-trpc-or-react', severity: 'error',
      comment: 'Domain packages never import tRPC, React or the browser UI kit.',
      from: { path: `(^|/)packages/${DOMAIN}/` },
      to: { path: 'node_modules/(@trpc|react|react-dom|antd)/' },
    },
    {
      name: 'pure-packages-no-db', severity: 'error',
      comment: 'The engine, config and calendar take data in and give results out; they never touch the database.',
      from: { path: '(^|/)packages/(config|engine|calendar)/' },
      to: { path: '(^|/)packages/db/|node_modules/(@prisma|pg|@electric-sql)/' },
    },
    {
      name: 'db-is-the-floor', severity: 'error',
      comment: 'packages/db depends on no other workspace package.',
      from: { path: '(^|/)packages/db/' }, to: { path: '(^|/)packages/(?!db/)' },
    },
    {
      name: 'web-imports-types-only-from-server-side', severity: 'error',
      comment: 'Browser code may import types from the server side, never its runtime (or the database client).',
      from: { path: '(^|/)apps/web/' },
      to: { path: '(^|/)packages/|(^|/)apps/server/|node_modules/@sanxiang/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'declared-and-resolvable', severity: 'error',
      comment: 'An import that does not resolve is usually a workspace package the importer does not declare.',
      from: {}, to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|generated)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
