// The layering of shared/STYLE.md: apps → api → domain packages → db. Arrows point one way.
const DOMAIN = '(config|engine|workflow|docgen|authz|audit|identity|tenancy|disclosure|calendar|storage|connector|statistics)';
// forms is a UI package below the API: React, antd and RJSF in its browser entry, none of them in its server entry.
const FORMS_BROWSER_ENTRY = '(^|/)(packages|node_modules/@sanxiang)/forms/src/index\\.ts$';
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
      from: { path: `(^|/)packages/(${DOMAIN}|forms)/` }, to: { path: '(^|/)packages/api/' },
    },
    {
      name: 'domain-no-trpc-or-react', severity: 'error',
      comment: 'Domain packages never import tRPC, React or the browser UI kit.',
      from: { path: `(^|/)packages/${DOMAIN}/` },
      to: { path: 'node_modules/(@trpc|react|react-dom|antd)/' },
    },
    {
      name: 'forms-no-trpc-or-db', severity: 'error',
      comment: 'The forms package renders and validates forms; the API and the database stay above and below it.',
      from: { path: '(^|/)packages/forms/' },
      to: { path: 'node_modules/@trpc/|(^|/)packages/db/|node_modules/(@prisma|pg|@electric-sql)/' },
    },
    {
      name: 'forms-server-entry-no-react', severity: 'error',
      comment: 'The server validates with @sanxiang/forms/server, which must not load React, antd or RJSF, even indirectly.',
      from: { path: '(^|/)packages/forms/src/server\\.ts$' },
      to: { path: 'node_modules/(react|react-dom|antd|@rjsf|@ant-design|@rc-component)/', reachable: true },
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
      comment: 'Browser code may import types from the server side, never its runtime (or the database client); the one runtime import allowed is the forms package\'s browser entry.',
      from: { path: '(^|/)apps/web/' },
      to: { path: '(^|/)packages/|(^|/)apps/server/|node_modules/@sanxiang/', pathNot: FORMS_BROWSER_ENTRY, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-never-imports-forms-server', severity: 'error',
      comment: 'The web app renders forms with @sanxiang/forms; the strict validation of @sanxiang/forms/server is the server\'s.',
      from: { path: '(^|/)apps/web/' }, to: { path: '(^|/)(packages|node_modules/@sanxiang)/forms/src/server\\.ts$' },
    },
    {
      name: 'declared-and-resolvable', severity: 'error',
      comment: 'An import that does not resolve is usually a workspace package the importer does not declare.',
      from: {}, to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Only the repository's own build output; packages in node_modules often resolve into their dist/ folder, and rules
    // about them (tRPC, RJSF, React) must still see them.
    // Paths are relative to where it runs: the root (`packages/db/src/generated/`) or a package (`../db/src/generated/`).
    exclude: { path: '^(\\.\\./)*((packages|apps)/)?[^/]+/(src/)?(dist|generated)/|^(src/)?(dist|generated)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
