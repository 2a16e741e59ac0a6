using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArchiveHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every entry written before this migration carries the first manifest format (ADR 0003, 2026-12-07).
            migrationBuilder.AddColumn<int>(
                name: "Format",
                table: "archive_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "archive_heads",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_heads", x => x.Date);
                });

            // A day's head only moves forward within its day and is never deleted, for every client of the database.
            migrationBuilder.Sql("CREATE TRIGGER archive_heads_no_delete BEFORE DELETE ON archive_heads BEGIN SELECT RAISE(ABORT, 'archive_heads only moves forward'); END;");
            migrationBuilder.Sql("CREATE TRIGGER archive_heads_forward_only BEFORE UPDATE ON archive_heads WHEN NEW.\"Date\" <> OLD.\"Date\" OR NEW.\"LastEntryId\" <= OLD.\"LastEntryId\" BEGIN SELECT RAISE(ABORT, 'archive_heads only moves forward'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS archive_heads_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS archive_heads_forward_only;");
            migrationBuilder.DropTable(
                name: "archive_heads");

            migrationBuilder.DropColumn(
                name: "Format",
                table: "archive_entries");
        }
    }
}
