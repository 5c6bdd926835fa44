using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CellProducts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "donors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    consented_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    registered_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donors", x => x.id);
                    table.ForeignKey(
                        name: "fk_donors_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    results_viability_percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_cd73percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_cd90percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_cd105percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_cd45percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_cd34percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_cd14percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_cd19percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_hla_dr_percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_sterility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    results_mycoplasma = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    results_endotoxin_eu_per_ml = table.Column<decimal>(type: "TEXT", nullable: true),
                    results_karyotype = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    results_potency_percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    judgement_product_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    judgement_specification_version = table.Column<int>(type: "INTEGER", nullable: true),
                    judgement_out_of_specification = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    results_entered_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    results_entered_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    released_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    released_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    recall_reason = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    recalled_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recalled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    registered_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false),
                    lot_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    cells_per_unit = table.Column<long>(type: "INTEGER", nullable: false),
                    donor_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    manufactured_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    passage = table.Column<int>(type: "INTEGER", nullable: false),
                    product_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    units_produced = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lots", x => x.id);
                    table.ForeignKey(
                        name: "fk_lots_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "release_specifications",
                columns: table => new
                {
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    limits_endotoxin_below_eu_per_ml = table.Column<decimal>(type: "TEXT", nullable: false),
                    limits_max_cd14percent = table.Column<decimal>(type: "TEXT", nullable: false),
                    limits_max_cd19percent = table.Column<decimal>(type: "TEXT", nullable: false),
                    limits_max_cd34percent = table.Column<decimal>(type: "TEXT", nullable: false),
                    limits_max_cd45percent = table.Column<decimal>(type: "TEXT", nullable: false),
                    limits_max_hla_dr_percent = table.Column<decimal>(type: "TEXT", nullable: false),
                    limits_min_cd105percent = table.Column<decimal>(type: "TEXT", nullable: false),
                    limits_min_cd73percent = table.Column<decimal>(type: "TEXT", nullable: false),
                    limits_min_cd90percent = table.Column<decimal>(type: "TEXT", nullable: false),
                    limits_min_potency_percent = table.Column<decimal>(type: "TEXT", nullable: true),
                    limits_min_viability_percent = table.Column<decimal>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_release_specifications", x => new { x.clinic_id, x.product_code, x.version });
                    table.ForeignKey(
                        name: "fk_release_specifications_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "donor_screenings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    marker = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    tested_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    donor_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donor_screenings", x => x.id);
                    table.ForeignKey(
                        name: "fk_donor_screenings_donors_donor_id",
                        column: x => x.donor_id,
                        principalTable: "donors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lot_temperature_readings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    celsius = table.Column<decimal>(type: "TEXT", nullable: false),
                    taken_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lot_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lot_temperature_readings", x => x.id);
                    table.ForeignKey(
                        name: "fk_lot_temperature_readings_lots_lot_id",
                        column: x => x.lot_id,
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lot_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    storage_location = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    lot_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lot_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_lot_units_lots_lot_id",
                        column: x => x.lot_id,
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unit_custody_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    person_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lot_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_custody_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_unit_custody_events_lots_lot_id",
                        column: x => x.lot_id,
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_donor_screenings_donor_id",
                table: "donor_screenings",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_donors_clinic_id_code",
                table: "donors",
                columns: new[] { "clinic_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lot_temperature_readings_lot_id",
                table: "lot_temperature_readings",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_lot_units_code",
                table: "lot_units",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_lot_units_lot_id",
                table: "lot_units",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_lots_clinic_id_lot_number",
                table: "lots",
                columns: new[] { "clinic_id", "lot_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lots_clinic_id_recorded_status",
                table: "lots",
                columns: new[] { "clinic_id", "recorded_status" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_custody_events_lot_id",
                table: "unit_custody_events",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_unit_custody_events_unit_code",
                table: "unit_custody_events",
                column: "unit_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "donor_screenings");

            migrationBuilder.DropTable(
                name: "lot_temperature_readings");

            migrationBuilder.DropTable(
                name: "lot_units");

            migrationBuilder.DropTable(
                name: "release_specifications");

            migrationBuilder.DropTable(
                name: "unit_custody_events");

            migrationBuilder.DropTable(
                name: "donors");

            migrationBuilder.DropTable(
                name: "lots");
        }
    }
}
