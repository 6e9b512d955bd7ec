export { applyMigrations, createMigration, diffSchemas, ensureDatabase, loadMigrationList } from './migrations.ts';
export { openSchemaEngine, schemaTarget, noFilters, migrationsPaths } from './schema-engine.ts';
