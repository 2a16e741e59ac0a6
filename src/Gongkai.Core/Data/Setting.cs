using Gongkai.Audit;

namespace Gongkai.Data;

/// <summary>A county-wide setting that staff can change (open points of the rules, keys): one audited row per key.</summary>
public sealed class Setting : IAudited
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public int Revision { get; set; }

    public string AuditKey => Key;
}
