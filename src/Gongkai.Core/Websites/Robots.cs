namespace Gongkai.Websites;

/// <summary>
/// The rules of a robots.txt for one user agent: the group naming our agent if there is one, otherwise the
/// group for <c>*</c>; the longest matching Allow/Disallow wins, Allow on a tie; <c>*</c> and a final <c>$</c>
/// are understood.
/// </summary>
public sealed class Robots
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private Robots(List<(string Pattern, bool Allow)> rules) => _rules = rules;

    public static readonly Robots AllowAll = new([]);

    public static Robots Parse(string text, string agentToken)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is null || field is not ("allow" or "disallow"))
            {
                continue;
            }

            // An empty Disallow allows everything: no rule.
            if (value.Length > 0)
            {
                current.Value.Rules.Add((value, field == "allow"));
            }
        }

        var token = agentToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))).SelectMany(g => g.Rules).ToList();
        if (mine.Count == 0 && !groups.Any(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))))
        {
            mine = groups.Where(g => g.Agents.Contains("*")).SelectMany(g => g.Rules).ToList();
        }

        return new Robots(mine);
    }

    /// <summary>Whether the path and query may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        var best = -1;
        var allow = true;
        foreach (var (pattern, isAllow) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best || (pattern.Length == best && isAllow)))
            {
                best = pattern.Length;
                allow = isAllow;
            }
        }

        return allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        var at = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i == 0)
            {
                if (!path.StartsWith(parts[0], StringComparison.Ordinal))
                {
                    return false;
                }

                at = parts[0].Length;
                continue;
            }

            var found = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        if (!anchored)
        {
            return true;
        }

        // With $, the last literal part must end the path.
        return parts.Length == 1 ? at == path.Length : path.EndsWith(parts[^1], StringComparison.Ordinal);
    }
}
