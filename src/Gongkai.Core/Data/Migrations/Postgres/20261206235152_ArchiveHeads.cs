using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "archive_heads",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    LastEntryId = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_heads", x => x.Date);
                });

            // A day's head only moves forward within its day and is never deleted, for every client of the database.
            migrationBuilder.Sql("CREATE FUNCTION archive_heads_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'UPDATE' AND NEW.\"Date\" = OLD.\"Date\" AND NEW.\"LastEntryId\" > OLD.\"LastEntryId\" THEN RETURN NEW; END IF; RAISE EXCEPTION 'archive_heads only moves forward'; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER archive_heads_forward_only BEFORE UPDATE OR DELETE ON archive_heads FOR EACH ROW EXECUTE FUNCTION archive_heads_forward_only();");
            migrationBuilder.Sql("CREATE TRIGGER archive_heads_no_truncate BEFORE TRUNCATE ON archive_heads FOR EACH STATEMENT EXECUTE FUNCTION archive_heads_forward_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_heads");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS archive_heads_forward_only();");

            migrationBuilder.DropColumn(
                name: "Format",
                table: "archive_entries");
        }
    }
}
