// One folder per feature (see README): a feature imports another only
// through its index.ts, shared/ imports no feature, and no import cycles.
const features = [
  'resources',
  'learners',
  'embeds',
  'freshness',
  'sources',
  'entities',
  'permissions',
  'recommendations',
  'cohorts',
  'discussions',
];

const zones = [
  ...features.map(feature => ({
    target: './src/shared',
    from: `./src/${feature}`,
    message: 'shared/ is for what features share; it imports no feature.',
  })),
  ...features.flatMap(feature =>
    [...features.filter(other => other !== feature), '']
      .map(other => (other ? `./src/${other}` : './src/*.ts'))
      .map(target => ({
        target,
        from: `./src/${feature}`,
        except: ['./index.ts'],
        message: `Import what ${feature}/ exposes from its index.ts.`,
      })),
  ),
];

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  settings: {
    // resolve the package's own TypeScript modules, which the rules follow
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
  },
  rules: {
    'import/no-cycle': 'error',
    'import/no-restricted-paths': ['error', { basePath: __dirname, zones }],
  },
});
