using Gongkai.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Data;

public sealed class SqliteGongkaiDb(DbContextOptions<SqliteGongkaiDb> options, TimeProvider time, AuditActor actor, FileStoreSetting files)
    : GongkaiDb(options, time, actor, files)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no offset-aware type that sorts; store instants as UTC ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresGongkaiDb(DbContextOptions<PostgresGongkaiDb> options, TimeProvider time, AuditActor actor, FileStoreSetting files)
    : GongkaiDb(options, time, actor, files);

/// <summary>Used by <c>dotnet ef migrations add</c> only.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteGongkaiDb>
{
    public SqliteGongkaiDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGongkaiDb>().UseSqlite("Data Source=design.db").Options, TimeProvider.System, new AuditActor(), FileStoreSetting.None);
}

/// <summary>Used by <c>dotnet ef migrations add</c> only.</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresGongkaiDb>
{
    public PostgresGongkaiDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGongkaiDb>().UseNpgsql("Host=127.0.0.1;Database=design").Options, TimeProvider.System, new AuditActor(), FileStoreSetting.None);
}
