using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EditorInterpretationsChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InterpretsItemId",
                table: "catalog_items",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "item_channels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_item_channels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_item_channels_catalog_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "catalog_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_items_InterpretsItemId",
                table: "catalog_items",
                column: "InterpretsItemId");

            migrationBuilder.CreateIndex(
                name: "IX_item_channels_BodyId_PublishedOn",
                table: "item_channels",
                columns: new[] { "BodyId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_item_channels_ItemId_PublishedOn",
                table: "item_channels",
                columns: new[] { "ItemId", "PublishedOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_catalog_items_catalog_items_InterpretsItemId",
                table: "catalog_items",
                column: "InterpretsItemId",
                principalTable: "catalog_items",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_catalog_items_catalog_items_InterpretsItemId",
                table: "catalog_items");

            migrationBuilder.DropTable(
                name: "item_channels");

            migrationBuilder.DropIndex(
                name: "IX_catalog_items_InterpretsItemId",
                table: "catalog_items");

            migrationBuilder.DropColumn(
                name: "InterpretsItemId",
                table: "catalog_items");
        }
    }
}
