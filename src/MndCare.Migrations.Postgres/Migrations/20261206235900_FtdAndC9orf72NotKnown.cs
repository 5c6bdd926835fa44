using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MndCare.Migrations.Postgres.Migrations
{
    /// <summary>FTD and C9orf72 become yes / no / not known. Assessments stored before keep their values (true is "Yes",
    /// false is "No") and are marked as recorded with the old check-box form, so the screens can say their "no" may mean
    /// "not asked".</summary>
    public partial class FtdAndC9orf72NotKnown : Migration
    {
        private static readonly string[] Columns = ["ftd", "c9orf72"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ftd_c9orf72_from_checkboxes",
                table: "assessments",
                type: "boolean",
                nullable: false,
                defaultValue: false);
            migrationBuilder.Sql("UPDATE assessments SET ftd_c9orf72_from_checkboxes = TRUE;");
            foreach (var column in Columns)
            {
                migrationBuilder.RenameColumn(name: column, table: "assessments", newName: column + "_checkbox");
                migrationBuilder.AddColumn<string>(
                    name: column,
                    table: "assessments",
                    type: "character varying(20)",
                    maxLength: 20,
                    nullable: false,
                    defaultValue: "NotKnown");
                migrationBuilder.Sql($"UPDATE assessments SET {column} = CASE WHEN {column}_checkbox THEN 'Yes' ELSE 'No' END;");
                migrationBuilder.DropColumn(name: column + "_checkbox", table: "assessments");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Going back loses "not known": it becomes false, as the old form would have stored it.
            foreach (var column in Columns)
            {
                migrationBuilder.RenameColumn(name: column, table: "assessments", newName: column + "_status");
                migrationBuilder.AddColumn<bool>(
                    name: column,
                    table: "assessments",
                    type: "boolean",
                    nullable: false,
                    defaultValue: false);
                migrationBuilder.Sql($"UPDATE assessments SET {column} = ({column}_status = 'Yes');");
                migrationBuilder.DropColumn(name: column + "_status", table: "assessments");
            }
            migrationBuilder.DropColumn(name: "ftd_c9orf72_from_checkboxes", table: "assessments");
        }
    }
}
