import { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupBoardOrderIndex1795484006874 implements MigrationInterface {
  name = 'GroupBoardOrderIndex1795484006874';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "task_and_finish_group_updated_at" ON "task_and_finish_group"  ("updated_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."task_and_finish_group_updated_at"`);
  }
}
