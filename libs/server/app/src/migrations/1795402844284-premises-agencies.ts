import { MigrationInterface, QueryRunner } from 'typeorm';

export class PremisesAgencies1795402844284 implements MigrationInterface {
  name = 'PremisesAgencies1795402844284';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "premises_agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "added_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "premises_agency_key" UNIQUE ("premises_id", "agency_id"), CONSTRAINT "PK_4fd890590cca9eb7f26162961b1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4ed5aa9881a85e6f41c6e687a3" ON "premises_agency"  ("premises_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ab76d2db8be0b46a28f2d5a278" ON "premises_agency"  ("agency_id") `);
    await queryRunner.query(
      `ALTER TABLE "premises_agency" ADD CONSTRAINT "FK_4ed5aa9881a85e6f41c6e687a37" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "premises_agency" ADD CONSTRAINT "FK_ab76d2db8be0b46a28f2d5a278c" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "premises_agency" DROP CONSTRAINT "FK_ab76d2db8be0b46a28f2d5a278c"`);
    await queryRunner.query(`ALTER TABLE "premises_agency" DROP CONSTRAINT "FK_4ed5aa9881a85e6f41c6e687a37"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab76d2db8be0b46a28f2d5a278"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ed5aa9881a85e6f41c6e687a3"`);
    await queryRunner.query(`DROP TABLE "premises_agency"`);
  }
}
