import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialRegisters1795400384827 implements MigrationInterface {
  name = 'InitialRegisters1795400384827';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "type" character varying(40) NOT NULL, "area" character varying(200), "email" character varying(254), "phone" character varying(40), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "agency_name_key" ON "agency"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "officer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "job_title" character varying(200), "email" character varying(254), "phone" character varying(40), "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9bab694da36794c5065085936c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_310d4dd0f09ed026d82763c40c" ON "officer"  ("agency_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "role" character varying(40) NOT NULL, "agency_id" uuid NOT NULL, "password_hash" text, "disabled_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "user_account_email_key" ON "user_account"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_0539ea256368625c32b5c35221" ON "user_account"  ("agency_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_session" ("token_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "method" character varying(200) NOT NULL DEFAULT 'password', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9ccf6d901cef4067214284f327e" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_13275383dcdf095ee29f2b3455" ON "user_session"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "power" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(120) NOT NULL, "name" character varying(200) NOT NULL, "legal_basis" character varying(300) NOT NULL, "category" character varying(40) NOT NULL, "entry" character varying(20) NOT NULL, "holder_agency_types" text array NOT NULL, "premises_kinds" text array, "conditions" text array NOT NULL DEFAULT '{}', "min_duration" character varying(20), "max_duration" character varying(20), "notice_period" character varying(20), "min_compliance_period" character varying(20), "requires_written_authorisation" boolean NOT NULL DEFAULT false, "effective_from" date NOT NULL, "effective_to" date, "notes" text NOT NULL DEFAULT '', "source" text NOT NULL DEFAULT '', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b965296b9f26727d54a5a0620e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "power_code_key" ON "power"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "premises" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "address_line1" character varying(200) NOT NULL, "address_line2" character varying(200), "town" character varying(100) NOT NULL, "postcode" character varying(8) NOT NULL, "uprn" character varying(12), "kind" character varying(40) NOT NULL, "use" character varying(20) NOT NULL, "status" character varying(30) NOT NULL DEFAULT 'OF_CONCERN', "licensable_activity" boolean NOT NULL DEFAULT false, "concern_summary" text NOT NULL DEFAULT '', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3dee03a72594bf5a68ff3f7c933" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1da035c24158da98ee2486ac4a" ON "premises"  ("postcode") `);
    await queryRunner.query(`CREATE INDEX "IDX_6e324c200bb80935a0d179fc8a" ON "premises"  ("uprn") `);
    await queryRunner.query(`CREATE INDEX "IDX_61eafa7ef7252cc0651602e32c" ON "premises"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" character varying(200) NOT NULL, "nicknames" text array NOT NULL DEFAULT '{}', "date_of_birth" date, "notes" text NOT NULL DEFAULT '', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "vehicle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "registration" character varying(10) NOT NULL, "make" character varying(60), "model" character varying(60), "colour" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_187fa17ba39d367e5604b3d1ec9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "vehicle_registration_key" ON "vehicle"  ("registration") `);
    await queryRunner.query(
      `CREATE TABLE "business" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "company_number" character varying(8), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0bd850da8dafab992e2e9b058e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "premises_person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(30) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "premises_person_role_key" UNIQUE ("premises_id", "person_id", "role"), CONSTRAINT "PK_d76990c7c75974ed929d02875d7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2a485e4786be76d16b52ed755f" ON "premises_person"  ("premises_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_821176ca0fc1a386f51a10b0a2" ON "premises_person"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "premises_vehicle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "vehicle_id" uuid NOT NULL, "notes" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "premises_vehicle_key" UNIQUE ("premises_id", "vehicle_id"), CONSTRAINT "PK_9837e38e543d637456ec26bc5fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c39b2c8578842a833dbb6651a7" ON "premises_vehicle"  ("premises_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_71dfd8969965acbd6d21d27447" ON "premises_vehicle"  ("vehicle_id") `);
    await queryRunner.query(
      `CREATE TABLE "premises_business" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "premises_id" uuid NOT NULL, "business_id" uuid NOT NULL, "relationship" character varying(100) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "premises_business_key" UNIQUE ("premises_id", "business_id"), CONSTRAINT "PK_f95708c3cc68d4b0edf6de998e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a24989c75446fcd2417af00961" ON "premises_business"  ("premises_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7ffac1ef2f0c4190c1bf727fa6" ON "premises_business"  ("business_id") `);
    await queryRunner.query(
      `ALTER TABLE "officer" ADD CONSTRAINT "FK_310d4dd0f09ed026d82763c40ca" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "FK_0539ea256368625c32b5c35221b" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "premises_person" ADD CONSTRAINT "FK_2a485e4786be76d16b52ed755f5" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "premises_person" ADD CONSTRAINT "FK_821176ca0fc1a386f51a10b0a2b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "premises_vehicle" ADD CONSTRAINT "FK_c39b2c8578842a833dbb6651a7d" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "premises_vehicle" ADD CONSTRAINT "FK_71dfd8969965acbd6d21d27447b" FOREIGN KEY ("vehicle_id") REFERENCES "vehicle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "premises_business" ADD CONSTRAINT "FK_a24989c75446fcd2417af00961c" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "premises_business" ADD CONSTRAINT "FK_7ffac1ef2f0c4190c1bf727fa6d" FOREIGN KEY ("business_id") REFERENCES "business"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Search by words anywhere in a premises' name or first address line (ILIKE '%...%').
    await queryRunner.query(`CREATE INDEX "premises_name_trgm" ON "premises" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "premises_address_line1_trgm" ON "premises" USING gin ("address_line1" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "premises_address_line1_trgm"`);
    await queryRunner.query(`DROP INDEX "premises_name_trgm"`);
    await queryRunner.query(`ALTER TABLE "premises_business" DROP CONSTRAINT "FK_7ffac1ef2f0c4190c1bf727fa6d"`);
    await queryRunner.query(`ALTER TABLE "premises_business" DROP CONSTRAINT "FK_a24989c75446fcd2417af00961c"`);
    await queryRunner.query(`ALTER TABLE "premises_vehicle" DROP CONSTRAINT "FK_71dfd8969965acbd6d21d27447b"`);
    await queryRunner.query(`ALTER TABLE "premises_vehicle" DROP CONSTRAINT "FK_c39b2c8578842a833dbb6651a7d"`);
    await queryRunner.query(`ALTER TABLE "premises_person" DROP CONSTRAINT "FK_821176ca0fc1a386f51a10b0a2b"`);
    await queryRunner.query(`ALTER TABLE "premises_person" DROP CONSTRAINT "FK_2a485e4786be76d16b52ed755f5"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "FK_0539ea256368625c32b5c35221b"`);
    await queryRunner.query(`ALTER TABLE "officer" DROP CONSTRAINT "FK_310d4dd0f09ed026d82763c40ca"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ffac1ef2f0c4190c1bf727fa6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a24989c75446fcd2417af00961"`);
    await queryRunner.query(`DROP TABLE "premises_business"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_71dfd8969965acbd6d21d27447"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c39b2c8578842a833dbb6651a7"`);
    await queryRunner.query(`DROP TABLE "premises_vehicle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_821176ca0fc1a386f51a10b0a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2a485e4786be76d16b52ed755f"`);
    await queryRunner.query(`DROP TABLE "premises_person"`);
    await queryRunner.query(`DROP TABLE "business"`);
    await queryRunner.query(`DROP INDEX "public"."vehicle_registration_key"`);
    await queryRunner.query(`DROP TABLE "vehicle"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_61eafa7ef7252cc0651602e32c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e324c200bb80935a0d179fc8a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1da035c24158da98ee2486ac4a"`);
    await queryRunner.query(`DROP TABLE "premises"`);
    await queryRunner.query(`DROP INDEX "public"."power_code_key"`);
    await queryRunner.query(`DROP TABLE "power"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_13275383dcdf095ee29f2b3455"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0539ea256368625c32b5c35221"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_email_key"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_310d4dd0f09ed026d82763c40c"`);
    await queryRunner.query(`DROP TABLE "officer"`);
    await queryRunner.query(`DROP INDEX "public"."agency_name_key"`);
    await queryRunner.query(`DROP TABLE "agency"`);
  }
}
