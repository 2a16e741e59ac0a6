using System.Security.Cryptography;
using System.Text;
using Gongkai.Data;
using Gongkai.Staff;

namespace Gongkai.Web;

/// <summary>
/// The one-time secret of the browser set-up page: issued by <c>serve</c> on a fresh install and printed
/// only on its console, so only whoever started the node can install the county; spent when used.
/// </summary>
public sealed class SetupToken
{
    private readonly Lock _lock = new();
    private string? _token;

    /// <summary>A new token when the platform is not set up yet; null once it is.</summary>
    public async Task<string?> IssueIfNeededAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        if (await PlatformSetup.IsSetUpAsync(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), ct))
        {
            return null;
        }

        lock (_lock)
        {
            _token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            return _token;
        }
    }

    public bool Matches(string? token)
    {
        lock (_lock)
        {
            return Same(_token, token);
        }
    }

    /// <summary>Spends the token if it is <paramref name="token"/>; false when someone else spent it first.</summary>
    public bool TrySpend(string token)
    {
        lock (_lock)
        {
            if (!Same(_token, token))
            {
                return false;
            }

            _token = null;
            return true;
        }
    }

    private static bool Same(string? expected, string? given) =>
        expected is not null && given is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
