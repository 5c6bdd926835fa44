using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HerbalPrescriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clinic_herbs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pinyin = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    chinese = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    latin_name = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    aliases = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    added_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    added_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clinic_herbs", x => x.id);
                    table.ForeignKey(
                        name: "fk_clinic_herbs_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "herb_safety_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    herb_id = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    flag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    changed_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    changed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_herb_safety_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_herb_safety_entries_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "herbal_formula_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name_chinese = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    name_english = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    items = table.Column<string>(type: "TEXT", nullable: false),
                    is_archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_herbal_formula_templates", x => x.id);
                    table.ForeignKey(
                        name: "fk_herbal_formula_templates_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "herbal_prescriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    patient_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    series_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_number = table.Column<int>(type: "INTEGER", nullable: false),
                    replaces_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    correction_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    formula_template_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    formula_chinese = table.Column<string>(type: "TEXT", maxLength: 800, nullable: true),
                    formula_english = table.Column<string>(type: "TEXT", maxLength: 800, nullable: true),
                    preparation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    items = table.Column<string>(type: "TEXT", nullable: false),
                    findings = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    signed_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    signed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    riluzole_warning_acknowledged_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    riluzole_warning_acknowledged_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    superseded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_herbal_prescriptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_herbal_prescriptions_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_herbal_prescriptions_patients_patient_id",
                        column: x => x.patient_id,
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clinic_herbs_clinic_id",
                table: "clinic_herbs",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_herb_safety_entries_clinic_id",
                table: "herb_safety_entries",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_herbal_formula_templates_clinic_id",
                table: "herbal_formula_templates",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_herbal_prescriptions_clinic_id",
                table: "herbal_prescriptions",
                column: "clinic_id");

            migrationBuilder.CreateIndex(
                name: "ix_herbal_prescriptions_patient_id_status",
                table: "herbal_prescriptions",
                columns: new[] { "patient_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_herbal_prescriptions_series_id_version_number",
                table: "herbal_prescriptions",
                columns: new[] { "series_id", "version_number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clinic_herbs");

            migrationBuilder.DropTable(
                name: "herb_safety_entries");

            migrationBuilder.DropTable(
                name: "herbal_formula_templates");

            migrationBuilder.DropTable(
                name: "herbal_prescriptions");
        }
    }
}
