using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Infusions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "infusions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scheduled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ordered_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordered_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ordered_cells_per_kg = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    weight_kg = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    weight_measured_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    total_cells = table.Column<long>(type: "bigint", nullable: false),
                    cells_per_unit = table.Column<long>(type: "bigint", nullable: false),
                    units = table.Column<int>(type: "integer", nullable: false),
                    delivered_cells = table.Column<long>(type: "bigint", nullable: false),
                    thawed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    diluent = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: true),
                    started_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    started_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ended_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ended_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    stop_reason = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_codes = table.Column<string>(type: "character varying(3250)", maxLength: 3250, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_infusions", x => x.id);
                    table.ForeignKey(
                        name: "fk_infusions_lots_lot_id",
                        column: x => x.lot_id,
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_infusions_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_infusions_treatment_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "treatment_courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "infusion_deviations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    occurred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    infusion_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_infusion_deviations", x => x.id);
                    table.ForeignKey(
                        name: "fk_infusion_deviations_infusions_infusion_id",
                        column: x => x.infusion_id,
                        principalTable: "infusions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "infusion_vital_signs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    taken_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    temperature_celsius = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    heart_rate = table.Column<int>(type: "integer", nullable: false),
                    systolic_mm_hg = table.Column<int>(type: "integer", nullable: false),
                    diastolic_mm_hg = table.Column<int>(type: "integer", nullable: false),
                    respiratory_rate = table.Column<int>(type: "integer", nullable: false),
                    spo2percent = table.Column<int>(type: "integer", nullable: false),
                    infusion_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_infusion_vital_signs", x => x.id);
                    table.ForeignKey(
                        name: "fk_infusion_vital_signs_infusions_infusion_id",
                        column: x => x.infusion_id,
                        principalTable: "infusions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_infusion_deviations_infusion_id",
                table: "infusion_deviations",
                column: "infusion_id");

            migrationBuilder.CreateIndex(
                name: "ix_infusion_vital_signs_infusion_id",
                table: "infusion_vital_signs",
                column: "infusion_id");

            migrationBuilder.CreateIndex(
                name: "ix_infusions_course_id",
                table: "infusions",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "ix_infusions_lot_id_status",
                table: "infusions",
                columns: new[] { "lot_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_infusions_patient_id_status",
                table: "infusions",
                columns: new[] { "patient_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "infusion_deviations");

            migrationBuilder.DropTable(
                name: "infusion_vital_signs");

            migrationBuilder.DropTable(
                name: "infusions");
        }
    }
}
