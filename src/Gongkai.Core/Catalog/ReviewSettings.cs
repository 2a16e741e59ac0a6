using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

/// <summary>
/// What the county sets for review (system administrator): the confidentiality checklist (保密审查清单)
/// and its own words for the sensitive-data scan, one per line in the Setting table, every change audited.
/// </summary>
public sealed record ReviewSettings(IReadOnlyList<string> Checklist, IReadOnlyList<string> Words)
{
    public const string ChecklistKey = "catalog.review.checklist";
    public const string WordsKey = "catalog.review.words";

    public static readonly IReadOnlyList<string> DefaultChecklist =
    [
        "是否涉及国家秘密",
        "是否涉及工作秘密",
        "是否涉及商业秘密",
        "是否涉及个人隐私",
        "是否危及国家安全、公共安全、经济安全和社会稳定（三安全一稳定）",
    ];

    public static readonly ReviewSettings Defaults = new(DefaultChecklist, []);

    public static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];

    public static async Task<ReviewSettings> LoadAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var rows = await db.Settings.AsNoTracking().Where(s => s.Key == ChecklistKey || s.Key == WordsKey).ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        return new ReviewSettings(
            rows.TryGetValue(ChecklistKey, out var list) ? Lines(list) : DefaultChecklist,
            rows.TryGetValue(WordsKey, out var words) ? Lines(words) : []);
    }

    public List<string> Validate()
    {
        var problems = new List<string>();
        if (Checklist.Count == 0)
        {
            problems.Add("保密审查清单至少要有一个问题。");
        }

        if (Checklist.Count > 30 || Checklist.Any(q => q.Length > 200))
        {
            problems.Add("保密审查清单最多 30 个问题，每个不超过 200 个字。");
        }

        if (Words.Count > 500 || Words.Any(w => w.Length is < 2 or > 50))
        {
            problems.Add("敏感词最多 500 个，每个 2 到 50 个字（单字会在正文中到处出现）。");
        }

        return problems;
    }

    /// <summary>Saves both lists; each change is an audited Setting row.</summary>
    public async Task SaveAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new CatalogInputException(problems);
        }

        var stored = await db.Settings.Where(s => s.Key == ChecklistKey || s.Key == WordsKey).ToDictionaryAsync(s => s.Key, ct);
        foreach (var (key, value) in new[] { (ChecklistKey, string.Join("\n", Checklist)), (WordsKey, string.Join("\n", Words)) })
        {
            if (stored.TryGetValue(key, out var s))
            {
                s.Value = value;
            }
            else
            {
                db.Settings.Add(new Setting { Key = key, Value = value });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
