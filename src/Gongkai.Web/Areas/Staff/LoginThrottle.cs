using System.Collections.Concurrent;

namespace Gongkai.Web.Areas.Staff;

/// <summary>
/// Slows password guessing without a lockout an outsider can trigger (issue 12). Failures are counted in
/// fixed 15-minute windows by (account, client address), by address and by account: the first two refuse
/// further attempts for the rest of the window, so a guesser stops after a few tries while the account's
/// owner, signing in from another address, is not affected; the per-account count only delays answers,
/// so guesses spread over many addresses get slow but can never keep the owner out.
/// Kept in memory: on several nodes each node counts its own attempts (a guesser gets the limits once
/// per node), and a restart forgets them — acceptable for a limit that slows, not one that decides.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Wrong passwords for one account from one address before that pair is refused for the window.</summary>
    public const int PerAccountAndAddress = 5;

    /// <summary>Wrong passwords from one address, whatever the account, before the address is refused (spraying).</summary>
    public const int PerAddress = 30;

    /// <summary>Wrong passwords for one account from all addresses after which each further attempt is delayed.</summary>
    public const int PerAccountBeforeDelay = 10;

    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    /// <summary>Expired windows are dropped when there are this many, so unknown names cannot fill the memory.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    private sealed record Counter(DateTimeOffset Start, int Failures);

    /// <summary>How long the caller must wait before trying again; null when the attempt may go ahead.</summary>
    public TimeSpan? RetryAfter(string account, string address)
    {
        var now = time.GetUtcNow();
        foreach (var (key, limit) in new[] { (Pair(account, address), PerAccountAndAddress), (AddressKey(address), PerAddress) })
        {
            if (_counters.TryGetValue(key, out var c) && now - c.Start < Window && c.Failures >= limit)
            {
                return c.Start + Window - now;
            }
        }

        return null;
    }

    /// <summary>The pause before answering an attempt on an account that many addresses are guessing at.</summary>
    public TimeSpan SlowDown(string account) =>
        _counters.TryGetValue(AccountKey(account), out var c) && time.GetUtcNow() - c.Start < Window && c.Failures >= PerAccountBeforeDelay
            ? Delay
            : TimeSpan.Zero;

    public void Failed(string account, string address)
    {
        var now = time.GetUtcNow();
        if (_counters.Count > SweepAbove)
        {
            foreach (var (key, c) in _counters)
            {
                if (now - c.Start >= Window)
                {
                    _counters.TryRemove(key, out _);
                }
            }
        }

        foreach (var key in new[] { Pair(account, address), AddressKey(address), AccountKey(account) })
        {
            _counters.AddOrUpdate(key, _ => new Counter(now, 1), (_, c) => now - c.Start >= Window ? new Counter(now, 1) : c with { Failures = c.Failures + 1 });
        }
    }

    /// <summary>A successful sign-in clears the count of its own address; the other counts run out with their window.</summary>
    public void Succeeded(string account, string address) => _counters.TryRemove(Pair(account, address), out _);

    private static string Normalize(string account) => account.Trim().ToUpperInvariant();

    private static string Pair(string account, string address) => $"p\n{Normalize(account)}\n{address}";

    private static string AddressKey(string address) => $"a\n{address}";

    private static string AccountKey(string account) => $"u\n{Normalize(account)}";
}
