using System.Security.Cryptography;
using System.Text;
using Gongkai.Demo;
using Xunit.Abstractions;

namespace Gongkai.Tests.Unit;

public class DemoOutputHashTests(ITestOutputHelper output)
{
    [Fact]
    public void Demo_catalog_hash()
    {
        var sb = new StringBuilder();
        foreach (var i in DemoCatalog.Items2015())
        {
            sb.Append(i.BodyCode).Append('\u0001').Append(i.Title).Append('\u0001').Append(i.Summary).Append('\u0001')
                .Append(i.DocumentNumber).Append('\u0001').Append(i.WrittenOn.DayNumber).Append('\u0001').Append(i.PublishedOn.DayNumber)
                .Append('\u0001').Append(i.Topic).Append('\u0001').Append(i.StatutoryCategory).Append('\u0001').Append(i.KeyArea)
                .Append('\u0001').Append(i.Keywords).Append('\u0001').Append(i.BodyHtml).Append('\n');
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
        output.WriteLine("DEMOHASH " + hash + " chars " + sb.Length);
        File.WriteAllText("/tmp/demodata-hash.txt", hash + " " + sb.Length + "\n");
    }
}
