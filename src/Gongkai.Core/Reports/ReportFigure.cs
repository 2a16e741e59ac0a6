using System.Globalization;
using Gongkai.Audit;

namespace Gongkai.Reports;

/// <summary>
/// A figure of table 二 the platform does not hold (行政处罚 decisions made in another system, fees collected …),
/// entered by staff for one body and year; reports mark it as entered, and every change is audited.
/// </summary>
public sealed class ReportFigure : IAudited
{
    public int Id { get; set; }

    public int BodyId { get; set; }

    public int Year { get; set; }

    /// <summary>"block|row|column" of the layout's table 二.</summary>
    public string Key { get; set; } = "";

    public decimal Value { get; set; }

    public string? EnteredBy { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    public int Revision { get; set; }

    public string AuditKey => Id.ToString(CultureInfo.InvariantCulture);

    public static string KeyOf(string block, string row, string column) => $"{block}|{row}|{column}";
}
