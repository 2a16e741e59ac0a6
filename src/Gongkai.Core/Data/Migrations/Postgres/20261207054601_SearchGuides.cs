using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchGuides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "search_outbox",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Catalog");

            // Indexes built before guides were searchable lack the guides already there: every node rebuilds once.
            migrationBuilder.Sql("UPDATE search_generation SET \"Generation\" = \"Generation\" + 1, \"RequestedBy\" = '升级：办事指南纳入检索' WHERE EXISTS (SELECT 1 FROM service_items)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Source",
                table: "search_outbox");
        }
    }
}
