import { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitRecords1795456501080 implements MigrationInterface {
  name = 'VisitRecords1795456501080';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "visit_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "visit_plan_id" uuid, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "observations" text array NOT NULL DEFAULT '{}', "number_of_occupants" integer, "notes" text NOT NULL DEFAULT '', "recorded_by_user_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50ab21a9b10c96fba7617811f8a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c08cc747e7c72e95ea14ba7ff0" ON "visit_record"  ("premises_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "visit_record_visit_plan_key" ON "visit_record"  ("visit_plan_id") WHERE visit_plan_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_64ea5fb660cc46facdabc41e1c" ON "visit_record"  ("started_at") `);
    await queryRunner.query(
      `CREATE TABLE "visit_record_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_record_id" uuid NOT NULL, "officer_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "visit_record_attendance_key" UNIQUE ("visit_record_id", "officer_id"), CONSTRAINT "PK_f28a9620615b0982afa9cd85a5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f82407f843532e8e89664922bb" ON "visit_record_attendance"  ("visit_record_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7140a9e223ac00579ca9475d61" ON "visit_record_attendance"  ("officer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "visit_record_person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_record_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(30) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "visit_record_person_key" UNIQUE ("visit_record_id", "person_id"), CONSTRAINT "PK_9251304acae30b8f3058cafa2dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_06eafd323e1999fed75ff7a9cf" ON "visit_record_person"  ("visit_record_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a0a47c80236d5425ca23c495d2" ON "visit_record_person"  ("person_id") `);
    await queryRunner.query(
      `ALTER TABLE "visit_record" ADD CONSTRAINT "FK_c08cc747e7c72e95ea14ba7ff03" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_record" ADD CONSTRAINT "FK_373cf1c24a90178bc0a85b0514e" FOREIGN KEY ("visit_plan_id") REFERENCES "visit_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_record_attendance" ADD CONSTRAINT "FK_f82407f843532e8e89664922bb7" FOREIGN KEY ("visit_record_id") REFERENCES "visit_record"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_record_attendance" ADD CONSTRAINT "FK_7140a9e223ac00579ca9475d611" FOREIGN KEY ("officer_id") REFERENCES "officer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_record_attendance" ADD CONSTRAINT "FK_9074a5e557b3463febcac358d4f" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_record_person" ADD CONSTRAINT "FK_06eafd323e1999fed75ff7a9cf2" FOREIGN KEY ("visit_record_id") REFERENCES "visit_record"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_record_person" ADD CONSTRAINT "FK_a0a47c80236d5425ca23c495d2d" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "visit_record_person" DROP CONSTRAINT "FK_a0a47c80236d5425ca23c495d2d"`);
    await queryRunner.query(`ALTER TABLE "visit_record_person" DROP CONSTRAINT "FK_06eafd323e1999fed75ff7a9cf2"`);
    await queryRunner.query(`ALTER TABLE "visit_record_attendance" DROP CONSTRAINT "FK_9074a5e557b3463febcac358d4f"`);
    await queryRunner.query(`ALTER TABLE "visit_record_attendance" DROP CONSTRAINT "FK_7140a9e223ac00579ca9475d611"`);
    await queryRunner.query(`ALTER TABLE "visit_record_attendance" DROP CONSTRAINT "FK_f82407f843532e8e89664922bb7"`);
    await queryRunner.query(`ALTER TABLE "visit_record" DROP CONSTRAINT "FK_373cf1c24a90178bc0a85b0514e"`);
    await queryRunner.query(`ALTER TABLE "visit_record" DROP CONSTRAINT "FK_c08cc747e7c72e95ea14ba7ff03"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0a47c80236d5425ca23c495d2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06eafd323e1999fed75ff7a9cf"`);
    await queryRunner.query(`DROP TABLE "visit_record_person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7140a9e223ac00579ca9475d61"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f82407f843532e8e89664922bb"`);
    await queryRunner.query(`DROP TABLE "visit_record_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64ea5fb660cc46facdabc41e1c"`);
    await queryRunner.query(`DROP INDEX "public"."visit_record_visit_plan_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c08cc747e7c72e95ea14ba7ff0"`);
    await queryRunner.query(`DROP TABLE "visit_record"`);
  }
}
