import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { AuditLog, gatherConsultationsOf } from '@lantern/server/audit';
import type { RequestContext } from '@lantern/server/core';

/**
 * Gathers what a GraphQL request reads (AuditLog.consult, once the request's viewer is known) and records it before
 * the response is sent. If the record cannot be written, the data is withheld: the response becomes an error.
 */
export function recordConsultationsPlugin(db: DataSource, audit: AuditLog): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      (contextValue as RequestContext).onViewer = gatherConsultationsOf;
      return {
        async willSendResponse({ response, logger }) {
          try {
            await audit.recordConsultationsOf(db, (contextValue as RequestContext).viewer);
          } catch (error) {
            logger.error(`Could not record a request's consultations: ${(error as Error).message}`);
            if (response.body.kind !== 'single') return;
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [
              {
                message: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              },
            ];
          }
        },
      };
    },
  };
}
