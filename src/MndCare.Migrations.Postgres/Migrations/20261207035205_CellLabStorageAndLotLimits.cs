using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CellLabStorageAndLotLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lot_temperature_readings");

            migrationBuilder.AddColumn<decimal>(
                name: "storage_max_celsius",
                table: "lots",
                type: "numeric(6,2)",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "thaw_to_end_limit_minutes",
                table: "lots",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "storage_temperature_readings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    celsius = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    location = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    taken_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storage_temperature_readings", x => x.id);
                    table.ForeignKey(
                        name: "fk_storage_temperature_readings_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_storage_temperature_readings_clinic_id_recorded_at_utc",
                table: "storage_temperature_readings",
                columns: new[] { "clinic_id", "recorded_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "storage_temperature_readings");

            migrationBuilder.DropColumn(
                name: "storage_max_celsius",
                table: "lots");

            migrationBuilder.DropColumn(
                name: "thaw_to_end_limit_minutes",
                table: "lots");

            migrationBuilder.CreateTable(
                name: "lot_temperature_readings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    celsius = table.Column<decimal>(type: "numeric", nullable: false),
                    location = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    taken_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "ix_lot_temperature_readings_lot_id",
                table: "lot_temperature_readings",
                column: "lot_id");
        }
    }
}
