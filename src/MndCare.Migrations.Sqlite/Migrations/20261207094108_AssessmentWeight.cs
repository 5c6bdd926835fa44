using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentWeight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "weight_kg",
                table: "assessments",
                type: "TEXT",
                precision: 6,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "weight_kg",
                table: "assessments");
        }
    }
}
