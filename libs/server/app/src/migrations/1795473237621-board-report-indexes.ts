import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the board report (issue 8): actions by London date carrying what the report groups by, so a year of
 * actions is read from the index alone; premises by postcode district, the report's area; and the closing actions
 * (prohibitions and closures) by premises, for each group's time to closure.
 */
export class BoardReportIndexes1795473237621 implements MigrationInterface {
  name = 'BoardReportIndexes1795473237621';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "enforcement_action_report" ON "enforcement_action" ("taken_on") INCLUDE ("kind", "agency_id", "power_id", "premises_id")`,
    );
    await queryRunner.query(`CREATE INDEX "premises_district" ON "premises" ((split_part("postcode", ' ', 1)))`);
    await queryRunner.query(
      `CREATE INDEX "enforcement_action_closing" ON "enforcement_action" ("premises_id", "taken_on") WHERE "kind" IN ('PROHIBITION', 'CLOSURE_NOTICE', 'CLOSURE_ORDER')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "enforcement_action_closing"`);
    await queryRunner.query(`DROP INDEX "premises_district"`);
    await queryRunner.query(`DROP INDEX "enforcement_action_report"`);
  }
}
