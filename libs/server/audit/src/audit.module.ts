import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AuditResolver } from './audit.resolver';
import { AuditSearch } from './audit.service';

/** Global: every context records its processing of personal data through AuditLog. */
@Global()
@Module({ providers: [AuditLog, AuditSearch, AuditResolver], exports: [AuditLog, AuditSearch] })
export class AuditModule {}
