using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Demo;

namespace Gongkai.Tests.Unit;

/// <summary>
/// The demo's texts live in Demo/Data, its logic in C#: moving text between the two, or reordering how the generator
/// draws its random numbers, must not change a single byte of what it produces. The hash below is of every field of
/// every item; update it deliberately, in the same commit, only when the demo is meant to change.
/// </summary>
public class DemoOutputTests
{
    private const string Items2015Sha256 = "ca85a76616953e611cd63b0b891ab3a1c91693cef896def89d3813e98973841c";

    [Fact]
    public void The_2015_catalog_comes_out_byte_for_byte_as_before()
    {
        var hash = Hash(DemoCatalog.Items2015());
        Assert.True(hash == Items2015Sha256, $"The demo catalog changed: its hash is now {hash}.");
    }

    internal static string Hash(IEnumerable<DemoItem> items)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var i in items)
        {
            foreach (var field in new[]
            {
                i.BodyCode, i.Title, i.Summary, i.DocumentNumber, i.WrittenOn.ToString("O", CultureInfo.InvariantCulture),
                i.PublishedOn.ToString("O", CultureInfo.InvariantCulture), i.Topic, i.StatutoryCategory, i.KeyArea, i.Keywords, i.BodyHtml,
            })
            {
                // A null and an empty field hash differently, and no field can run into the next.
                sha.AppendData(Encoding.UTF8.GetBytes(field is null ? "\u0000" : field.Length.ToString(CultureInfo.InvariantCulture) + ":" + field));
                sha.AppendData("\u001f"u8);
            }

            sha.AppendData("\u001e"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
