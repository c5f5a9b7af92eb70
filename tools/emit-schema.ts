import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printApiSchema, SCHEMA_FILE } from '@lantern/server/app';

/** `npm run schema`: writes apps/api/schema.graphql, which the web app's codegen reads. */
printApiSchema()
  .then((sdl) => {
    writeFileSync(join(resolve(__dirname, '..', '..'), SCHEMA_FILE), sdl);
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
