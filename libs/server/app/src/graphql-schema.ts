import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { agencyResolvers } from '@lantern/server/agencies';
import { auditResolvers } from '@lantern/server/audit';
import { identityResolvers } from '@lantern/server/identity';
import { powerResolvers } from '@lantern/server/powers';
import { premisesResolvers } from '@lantern/server/premises';
import { groupResolvers } from '@lantern/server/groups';
import { visitResolvers } from '@lantern/server/visits';
import { enforcementResolvers } from '@lantern/server/enforcement';
import { monitoringResolvers } from '@lantern/server/monitoring';
import { timelineResolvers } from '@lantern/server/timeline';
import { groupBoardResolvers } from '@lantern/server/group-board';
import { intelligenceResolvers } from '@lantern/server/intelligence';
import { meetingResolvers } from '@lantern/server/meetings';
import { reminderResolvers } from '@lantern/server/reminders';
import { reportingResolvers } from '@lantern/server/reporting';

export const SCHEMA_FILE = 'libs/server/app/schema.graphql';

/** The API's GraphQL schema as SDL, built from the resolvers without a database: the web app's codegen reads it. */
export async function printApiSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app
      .get(GraphQLSchemaFactory)
      .create([
        ...auditResolvers,
        ...identityResolvers,
        ...agencyResolvers,
        ...powerResolvers,
        ...premisesResolvers,
        ...groupResolvers,
        ...visitResolvers,
        ...enforcementResolvers,
        ...monitoringResolvers,
        ...timelineResolvers,
        ...groupBoardResolvers,
        ...intelligenceResolvers,
        ...meetingResolvers,
        ...reminderResolvers,
        ...reportingResolvers,
      ]);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
