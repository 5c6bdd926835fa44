using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AdverseEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "adverse_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    term = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    term_key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    meddra_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ctcae_version = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    grade = table.Column<int>(type: "INTEGER", nullable: true),
                    onset_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    resolved_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    expected = table.Column<bool>(type: "INTEGER", nullable: true),
                    action_taken = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    infusion_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    lab_result_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    first_known_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    opened_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reported_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false),
                    seriousness = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_adverse_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_adverse_events_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_adverse_events_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "expected_adverse_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    term = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expected_adverse_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_expected_adverse_events_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "safety_officers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    designated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_safety_officers", x => x.id);
                    table.ForeignKey(
                        name: "fk_safety_officers_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_safety_officers_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "adverse_event_suspects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    reference_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    causality = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    assessed_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    assessed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    adverse_event_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_adverse_event_suspects", x => x.id);
                    table.ForeignKey(
                        name: "fk_adverse_event_suspects_adverse_events_adverse_event_id",
                        column: x => x.adverse_event_id,
                        principalTable: "adverse_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "safety_notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    adverse_event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    read_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_safety_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_safety_notifications_adverse_events_adverse_event_id",
                        column: x => x.adverse_event_id,
                        principalTable: "adverse_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_safety_notifications_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_adverse_event_suspects_adverse_event_id",
                table: "adverse_event_suspects",
                column: "adverse_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_adverse_event_suspects_kind_reference_id",
                table: "adverse_event_suspects",
                columns: new[] { "kind", "reference_id" });

            migrationBuilder.CreateIndex(
                name: "ix_adverse_events_clinic_id_status",
                table: "adverse_events",
                columns: new[] { "clinic_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_adverse_events_patient_id",
                table: "adverse_events",
                column: "patient_id");

            migrationBuilder.CreateIndex(
                name: "ix_expected_adverse_events_clinic_id_term",
                table: "expected_adverse_events",
                columns: new[] { "clinic_id", "term" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_safety_notifications_adverse_event_id_user_id",
                table: "safety_notifications",
                columns: new[] { "adverse_event_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_safety_notifications_user_id_read_at_utc",
                table: "safety_notifications",
                columns: new[] { "user_id", "read_at_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_safety_officers_clinic_id_user_id",
                table: "safety_officers",
                columns: new[] { "clinic_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_safety_officers_user_id",
                table: "safety_officers",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adverse_event_suspects");

            migrationBuilder.DropTable(
                name: "expected_adverse_events");

            migrationBuilder.DropTable(
                name: "safety_notifications");

            migrationBuilder.DropTable(
                name: "safety_officers");

            migrationBuilder.DropTable(
                name: "adverse_events");
        }
    }
}
