import { InitialRegisters1795400384827 } from './1795400384827-initial-registers';

/** Every migration, oldest first. `npm run migration:generate -- <name>` adds to this list. */
export const migrations = [InitialRegisters1795400384827];
