using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OneOpenConsultationPerPatient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_consultations_one_open_per_patient",
                table: "consultations",
                column: "patient_id",
                unique: true,
                filter: "status NOT IN ('Answered', 'Declined')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_consultations_one_open_per_patient",
                table: "consultations");
        }
    }
}
