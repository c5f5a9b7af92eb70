import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnforcementActions1795456525478 implements MigrationInterface {
  name = 'EnforcementActions1795456525478';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "enforcement_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "visit_plan_id" uuid, "agency_id" uuid NOT NULL, "power_id" uuid, "person_id" uuid, "kind" character varying(30) NOT NULL, "taken_on" date NOT NULL, "details" text NOT NULL, "compliance_deadline" date, "ends_on" date, "indefinite" boolean NOT NULL DEFAULT false, "court_date" date, "review_on" date, "status" character varying(20) NOT NULL DEFAULT 'SERVED', "recorded_by_user_id" uuid, "recorded_on_behalf" boolean NOT NULL DEFAULT false, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_628bb9b94668d4be2aca50758ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8a2779e95dafa0abe723e3bb4a" ON "enforcement_action"  ("visit_plan_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_973ac5eccae676c9292b0e56c1" ON "enforcement_action"  ("agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b028d4e6a98f64f4e5787e8336" ON "enforcement_action"  ("power_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8499f8542360e15b38e01968bd" ON "enforcement_action"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8e0561da2d4e24ea578536c71f" ON "enforcement_action"  ("status") `);
    await queryRunner.query(
      `CREATE INDEX "enforcement_action_premises_taken" ON "enforcement_action"  ("premises_id", "taken_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "enforcement_action_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "changed_on" date NOT NULL, "note" text NOT NULL DEFAULT '', "user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8887b04eb32e8cce11a7cb7faf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f285d86716ef371d10f1b4437e" ON "enforcement_action_status_change"  ("action_id") `,
    );
    await queryRunner.query(`ALTER TABLE "task" ADD "premises_id" uuid`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_465a127df1ace09f377dd2eef6f"`);
    await queryRunner.query(`ALTER TABLE "task" ALTER COLUMN "group_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_6df5f4ab584320c5dbf6937f00" ON "task"  ("premises_id") `);
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_465a127df1ace09f377dd2eef6f" FOREIGN KEY ("group_id") REFERENCES "task_and_finish_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_6df5f4ab584320c5dbf6937f004" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enforcement_action" ADD CONSTRAINT "FK_b4f04e14827b4cac0b3e31ea469" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enforcement_action" ADD CONSTRAINT "FK_8a2779e95dafa0abe723e3bb4aa" FOREIGN KEY ("visit_plan_id") REFERENCES "visit_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enforcement_action" ADD CONSTRAINT "FK_973ac5eccae676c9292b0e56c15" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enforcement_action" ADD CONSTRAINT "FK_b028d4e6a98f64f4e5787e8336b" FOREIGN KEY ("power_id") REFERENCES "power"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enforcement_action" ADD CONSTRAINT "FK_8499f8542360e15b38e01968bda" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enforcement_action_status_change" ADD CONSTRAINT "FK_f285d86716ef371d10f1b4437e6" FOREIGN KEY ("action_id") REFERENCES "enforcement_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "enforcement_action_status_change" DROP CONSTRAINT "FK_f285d86716ef371d10f1b4437e6"`,
    );
    await queryRunner.query(`ALTER TABLE "enforcement_action" DROP CONSTRAINT "FK_8499f8542360e15b38e01968bda"`);
    await queryRunner.query(`ALTER TABLE "enforcement_action" DROP CONSTRAINT "FK_b028d4e6a98f64f4e5787e8336b"`);
    await queryRunner.query(`ALTER TABLE "enforcement_action" DROP CONSTRAINT "FK_973ac5eccae676c9292b0e56c15"`);
    await queryRunner.query(`ALTER TABLE "enforcement_action" DROP CONSTRAINT "FK_8a2779e95dafa0abe723e3bb4aa"`);
    await queryRunner.query(`ALTER TABLE "enforcement_action" DROP CONSTRAINT "FK_b4f04e14827b4cac0b3e31ea469"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_6df5f4ab584320c5dbf6937f004"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_465a127df1ace09f377dd2eef6f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6df5f4ab584320c5dbf6937f00"`);
    await queryRunner.query(`ALTER TABLE "task" ALTER COLUMN "group_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_465a127df1ace09f377dd2eef6f" FOREIGN KEY ("group_id") REFERENCES "task_and_finish_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "premises_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f285d86716ef371d10f1b4437e"`);
    await queryRunner.query(`DROP TABLE "enforcement_action_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."enforcement_action_premises_taken"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e0561da2d4e24ea578536c71f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8499f8542360e15b38e01968bd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b028d4e6a98f64f4e5787e8336"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_973ac5eccae676c9292b0e56c1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8a2779e95dafa0abe723e3bb4a"`);
    await queryRunner.query(`DROP TABLE "enforcement_action"`);
  }
}
