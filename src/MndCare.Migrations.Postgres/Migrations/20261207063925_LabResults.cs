using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LabResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lab_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    test = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<decimal>(type: "numeric(22,6)", precision: 22, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    upper_limit_of_normal = table.Column<decimal>(type: "numeric(22,6)", precision: 22, scale: 6, nullable: true),
                    lower_limit_of_normal = table.Column<decimal>(type: "numeric(22,6)", precision: 22, scale: 6, nullable: true),
                    baseline = table.Column<decimal>(type: "numeric(22,6)", precision: 22, scale: 6, nullable: true),
                    duration_hours = table.Column<decimal>(type: "numeric(22,6)", precision: 22, scale: 6, nullable: true),
                    collected_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    term = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    grade = table.Column<int>(type: "integer", nullable: false),
                    ctcae_version = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lab_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_lab_results_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lab_results_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lab_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    test = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    scheduled_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scheduled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    satisfied_by_result_id = table.Column<Guid>(type: "uuid", nullable: true),
                    satisfied_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lab_checks", x => x.id);
                    table.ForeignKey(
                        name: "fk_lab_checks_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lab_checks_lab_results_satisfied_by_result_id",
                        column: x => x.satisfied_by_result_id,
                        principalTable: "lab_results",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lab_checks_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_lab_checks_clinic_id_due_on",
                table: "lab_checks",
                columns: new[] { "clinic_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_lab_checks_patient_id_test_satisfied_by_result_id",
                table: "lab_checks",
                columns: new[] { "patient_id", "test", "satisfied_by_result_id" });

            migrationBuilder.CreateIndex(
                name: "ix_lab_checks_satisfied_by_result_id",
                table: "lab_checks",
                column: "satisfied_by_result_id");

            migrationBuilder.CreateIndex(
                name: "ix_lab_results_clinic_id_test",
                table: "lab_results",
                columns: new[] { "clinic_id", "test" });

            migrationBuilder.CreateIndex(
                name: "ix_lab_results_patient_id_test_collected_at_utc",
                table: "lab_results",
                columns: new[] { "patient_id", "test", "collected_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lab_checks");

            migrationBuilder.DropTable(
                name: "lab_results");
        }
    }
}
