using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Gongkai.Web.Reports;

/// <summary>
/// A bar chart drawn on the server as SVG: it shows without JavaScript or any downloaded library, prints, and is read
/// out by screen readers from its &lt;title&gt; and &lt;desc&gt;. The data table beside it stays the full record.
/// </summary>
public static class SvgChart
{
    private const int Width = 720;
    private const int PlotTop = 40;
    private const int PlotHeight = 220;
    private const int Left = 56;
    private const int Right = 16;

    public static IHtmlContent Bar(string id, string title, IReadOnlyList<(string Label, decimal? Value)> points, string unit = "")
    {
        var values = points.Select(p => p.Value ?? 0).ToList();
        var max = Nice(values.Count == 0 ? 0 : values.Max());
        // Long body names are turned to stand at an angle, which needs room below the axis.
        var slanted = points.Count > 6 || points.Any(p => p.Label.Length > 4);
        var bottom = slanted ? 110 : 40;
        var height = PlotTop + PlotHeight + bottom;
        var plotWidth = Width - Left - Right;
        var slot = points.Count == 0 ? plotWidth : (double)plotWidth / points.Count;
        var barWidth = Math.Max(4, Math.Min(48, slot * 0.6));

        var desc = string.Join("；", points.Select(p => $"{p.Label}：{Number(p.Value)}{unit}"));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"svg-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{E(title)}</title><desc id=\"{id}-d\">{E(desc)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-title\" x=\"{Width / 2}\" y=\"20\" text-anchor=\"middle\">{E(title)}</text>");
        for (var i = 0; i <= 4; i++)
        {
            var v = max * i / 4;
            var y = Y(v, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{(i == 0 ? "axis" : "grid")}\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Number(v)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Left}\" y1=\"{PlotTop}\" y2=\"{PlotTop + PlotHeight}\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var (label, value) = points[i];
            var cx = Left + (slot * i) + (slot / 2);
            var y = Y(value ?? 0, max);
            var h = PlotTop + PlotHeight - y;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{cx - (barWidth / 2):0.#}\" y=\"{y:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\"><title>{E(label)}：{Number(value)}{E(unit)}</title></rect>");
            if (value is not null && points.Count <= 24)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx:0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\">{Number(value)}</text>");
            }

            var ly = PlotTop + PlotHeight + 16;
            svg.Append(slanted
                ? string.Create(CultureInfo.InvariantCulture, $"<text x=\"{cx:0.#}\" y=\"{ly}\" text-anchor=\"end\" transform=\"rotate(-40 {cx:0.#} {ly})\">{E(Short(label))}</text>")
                : string.Create(CultureInfo.InvariantCulture, $"<text x=\"{cx:0.#}\" y=\"{ly}\" text-anchor=\"middle\">{E(label)}</text>"));
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static double Y(decimal value, decimal max) => PlotTop + PlotHeight - (max == 0 ? 0 : (double)(value / max) * PlotHeight);

    /// <summary>The top of the value axis: 1, 2 or 5 times a power of ten, at or above the largest value.</summary>
    private static decimal Nice(decimal max)
    {
        if (max <= 0)
        {
            return 1;
        }

        var step = 1m;
        while (step * 10 <= max)
        {
            step *= 10;
        }

        while (step > max * 10)
        {
            step /= 10;
        }

        foreach (var f in new[] { 1m, 2m, 5m, 10m })
        {
            if (step * f >= max)
            {
                return step * f;
            }
        }

        return step * 10;
    }

    private static string Number(decimal? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    private static string Short(string label) => label.Length > 12 ? label[..11] + "…" : label;

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
