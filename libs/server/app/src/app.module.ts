import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ServeStaticModule } from '@nestjs/serve-static';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import {
  AccessGuard,
  APP_CONFIG,
  AppConfig,
  CompiledExecution,
  ConfigModule,
  dataSourceOptions,
  formatGraphqlError,
  QueueModule,
  RequestLoaders,
  requestLimits,
} from '@lantern/server/core';
import { IdentityModule } from '@lantern/server/identity';
import { AuditLog, AuditModule } from '@lantern/server/audit';
import { AgenciesModule } from '@lantern/server/agencies';
import { PowersModule } from '@lantern/server/powers';
import { PremisesModule } from '@lantern/server/premises';
import { GroupsModule } from '@lantern/server/groups';
import { BriefingModule } from '@lantern/server/visits';
import { VisitsModule } from '@lantern/server/visits';
import { EnforcementModule } from '@lantern/server/enforcement';
import { MonitoringModule } from '@lantern/server/monitoring';
import { TimelineModule } from '@lantern/server/timeline';
import { GroupBoardModule } from '@lantern/server/group-board';
import { IntelligenceModule } from '@lantern/server/intelligence';
import { MeetingsModule } from '@lantern/server/meetings';
import { RemindersModule } from '@lantern/server/reminders';
import { ReportingModule } from '@lantern/server/reporting';
import { schemaParts } from './schema-parts';
import { webCacheControl } from './web-assets';
import { recordConsultationsPlugin } from './record-consultations.plugin';
import { HealthController } from './health.controller';
import { AuditExportController } from './audit-export.controller';
import { VisitBriefingController } from './visit-briefing.controller';
import { BoardReportController } from './board-report.controller';

@Module({})
export class AppModule {
  /** The whole API; with a web build folder it also serves the web app at `/`. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => dataSourceOptions(config.databaseUrl, schemaParts),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, DataSource, AuditLog],
          useFactory: (config: AppConfig, db: DataSource, audit: AuditLog) => {
            const limits = requestLimits();
            const execution = new CompiledExecution();
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              transformSchema: execution.schemaOf,
              gateway: execution,
              playground: false,
              introspection: config.environment !== 'production',
              // No HTTP cache hints are used, and Apollo's cache-control plugin wraps every field resolver to compute them.
              plugins: [
                ApolloServerPluginLandingPageDisabled(),
                ApolloServerPluginCacheControlDisabled(),
                ...limits.plugins,
                recordConsultationsPlugin(db, audit),
              ],
              validationRules: limits.validationRules,
              allowBatchedHttpRequests: false,
              // Apollo indents every response by default: more bytes to build and send for nobody to read.
              stringifyResult: (result) => JSON.stringify(result),
              includeStacktraceInErrorResponses: false,
              fieldResolverEnhancers: ['guards'],
              formatError: formatGraphqlError,
              context: ({ req, res }: { req: unknown; res: unknown }) => ({
                req,
                res,
                viewer: null,
                loaders: new RequestLoaders(),
              }),
            };
          },
        }),
        QueueModule.forRoot('producer'),
        AuditModule,
        IdentityModule,
        AgenciesModule,
        PowersModule,
        PremisesModule,
        GroupsModule,
        BriefingModule,
        VisitsModule,
        EnforcementModule,
        MonitoringModule,
        TimelineModule,
        GroupBoardModule,
        IntelligenceModule,
        MeetingsModule,
        RemindersModule,
        ReportingModule,
        ...(config.webDistPath
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webDistPath,
                serveStaticOptions: {
                  setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) =>
                    res.setHeader('Cache-Control', webCacheControl(path)),
                },
                exclude: [
                  '/graphql{/*path}',
                  '/health{/*path}',
                  '/audit{/*path}',
                  '/admin/queues{/*path}',
                  '/visits/:id/briefing.pdf',
                  '/visits/:id/briefing.html',
                  '/visits/:id/invite.ics',
                  '/reports/board.csv',
                  '/reports/board.xlsx',
                  '/reports/board.pdf',
                ],
              }),
            ]
          : []),
      ],
      controllers: [HealthController, AuditExportController, VisitBriefingController, BoardReportController],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
