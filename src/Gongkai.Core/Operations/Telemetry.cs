using System.Diagnostics.Metrics;

namespace Gongkai.Operations;

/// <summary>
/// The platform's own instruments that count events as they happen. Process-wide (like the runtime's); the
/// figures read from the database are per node and live in the web host's metrics.
/// </summary>
public static class Telemetry
{
    public const string MeterName = "Gongkai";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Time to answer one search from a node's local indexes, by index (public or staff).</summary>
    public static readonly Histogram<double> SearchDuration = Meter.CreateHistogram<double>(
        "gongkai.search.duration", "s", "检索用时（本节点索引）",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });

    /// <summary>Portal pages and API answers that may be cached, by whether the output cache answered them.</summary>
    public static readonly Counter<long> OutputCache = Meter.CreateCounter<long>("gongkai.output_cache.requests", "{request}", "可缓存的请求：hit 由输出缓存直接答复，miss 重新生成");
}
