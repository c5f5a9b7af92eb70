import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { AuditLog } from '@lantern/server/audit';

/**
 * Records what a GraphQL request read (gathered by AuditLog.consult, see gatherConsultations) before its response is
 * sent. If the record cannot be written, the data is withheld: the response becomes an error.
 */
export function recordConsultationsPlugin(db: DataSource, audit: AuditLog): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, logger }) {
          try {
            await audit.recordConsultationsOfRequest(db);
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
