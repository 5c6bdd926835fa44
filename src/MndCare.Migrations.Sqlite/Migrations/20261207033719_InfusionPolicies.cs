using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InfusionPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "infusion_policies",
                columns: table => new
                {
                    clinic_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    min_cells_per_kg = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    max_cells_per_kg = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    weight_max_age_days = table.Column<int>(type: "INTEGER", nullable: false),
                    monitoring_interval_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    monitoring_after_end_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_by_user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_infusion_policies", x => x.clinic_id);
                    table.ForeignKey(
                        name: "fk_infusion_policies_clinics_clinic_id",
                        column: x => x.clinic_id,
                        principalTable: "clinics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "infusion_policies");
        }
    }
}
