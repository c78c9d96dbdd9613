// The whole database as one file, and a restore that never overwrites silently: the file and its
// validation (backup-file.ts), the export in one consistent read (backup-export.ts), the plan a person
// reads before restoring (backup-restore-plan.ts), and the restore in one read-write transaction
// (backup-restore.ts).
export { BACKUP_FORMAT, backupFileName, MAX_BACKUP_CHARS, parseBackup, problemLine, type Backup } from './backup-file';
export type { RejectedRecord } from './backup-records';
export { exportBackup } from './backup-export';
export { planRestore, type RestoreMode, type RestorePlan } from './backup-restore-plan';
export { restoreBackup } from './backup-restore';
