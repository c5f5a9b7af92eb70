import { InitialRegisters1795400384827 } from './1795400384827-initial-registers';
import { AuditLog1795401644800 } from './1795401644800-audit-log';

/** Every migration, oldest first. `npm run migration:generate -- <name>` adds to this list. */
export const migrations = [InitialRegisters1795400384827, AuditLog1795401644800];
