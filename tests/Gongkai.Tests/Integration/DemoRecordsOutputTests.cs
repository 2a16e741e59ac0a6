using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Applications;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Integration;

/// <summary>
/// The records the other demo generators write (service items, centres and cases; the supervision registers; the
/// annual reports; not the applications behind the 2025 one, whose tracking numbers and secrets are drawn afresh) must not change when their texts move between C# and
/// Demo/Data. The hash is of every column of every row of those areas' tables, in key order, on a fresh database
/// with the host's fixed clock; update it deliberately, in the same commit, only when the demo is meant to change.
/// </summary>
public class DemoRecordsOutputTests
{
    private const string RecordsSha256 = "6082f07de315870ea8539c28b8fb1b5157270c00cf80dfa0b1062774fee75568";

    private static readonly string[] Areas = ["Gongkai.ServiceItems", "Gongkai.Supervision", "Gongkai.Reports"];

    [Fact]
    public async Task The_demo_service_supervision_and_report_records_come_out_as_before()
    {
        await using var host = await TestHost.StartAsync("sqlite");
        var hash = await host.WithDbAsync(async (db, sp) =>
        {
            await DemoServices.LoadAsync(db);
            await DemoSupervision.LoadAsync(db);
            await DemoReports.LoadAsync(db, sp.GetRequiredService<ApplicationService>(), sp.GetRequiredService<CatalogService>());
            return Hash(db);
        });
        Assert.True(hash == RecordsSha256, $"The demo's records changed: their hash is now {hash}.");
    }

    private static string Hash(GongkaiDb db)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var set = typeof(Microsoft.EntityFrameworkCore.DbContext).GetMethod(nameof(db.Set), Type.EmptyTypes)!;
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.ClrType.Namespace is { } ns && Areas.Contains(ns)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var properties = type.GetProperties().Where(p => p.PropertyInfo is not null && !PerHost(p.Name, p.ClrType)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var key = type.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!).ToList();
            var rows = ((IEnumerable)set.MakeGenericMethod(type.ClrType).Invoke(db, null)!).Cast<object>()
                .OrderBy(r => string.Join("|", key.Select(k => Convert.ToString(k.GetValue(r), CultureInfo.InvariantCulture)!.PadLeft(12, '0'))), StringComparer.Ordinal)
                .ToList();
            Append(sha, type.Name + "#" + rows.Count);

            foreach (var row in rows)
            {
                foreach (var p in properties)
                {
                    var value = p.PropertyInfo!.GetValue(row);
                    var text = p.Name + "=" + value switch
                    {
                        null => "\u0000",
                        byte[] bytes => Convert.ToHexString(SHA256.HashData(bytes)),
                        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        _ => value.ToString(),
                    };
                    Append(sha, text);
                }
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    // Staff ids are new GUIDs per host, and applicants' keys and protected ID numbers are keyed with the host's own secret.
    private static bool PerHost(string name, Type type) =>
        type == typeof(Guid) || type == typeof(Guid?) || name.EndsWith("Protected", StringComparison.Ordinal) || name == "ApplicantKey" || name.EndsWith("ActorId", StringComparison.Ordinal);

    private static void Append(IncrementalHash sha, string field)
    {
        sha.AppendData(Encoding.UTF8.GetBytes(field.Length.ToString(CultureInfo.InvariantCulture) + ":" + field));
        sha.AppendData("\u001f"u8);
    }
}
