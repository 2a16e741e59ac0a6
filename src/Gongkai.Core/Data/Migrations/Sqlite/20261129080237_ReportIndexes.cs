using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_catalog_items_FirstPublishedOn_BodyId",
                table: "catalog_items",
                columns: new[] { "FirstPublishedOn", "BodyId" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_items_StatutoryCategory_BodyId_FirstPublishedOn",
                table: "catalog_items",
                columns: new[] { "StatutoryCategory", "BodyId", "FirstPublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_DecidedOn_BodyId",
                table: "applications",
                columns: new[] { "DecidedOn", "BodyId" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_ReceivedOn_DecidedOn",
                table: "applications",
                columns: new[] { "ReceivedOn", "DecidedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_catalog_items_FirstPublishedOn_BodyId",
                table: "catalog_items");

            migrationBuilder.DropIndex(
                name: "IX_catalog_items_StatutoryCategory_BodyId_FirstPublishedOn",
                table: "catalog_items");

            migrationBuilder.DropIndex(
                name: "IX_applications_DecidedOn_BodyId",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_ReceivedOn_DecidedOn",
                table: "applications");
        }
    }
}
