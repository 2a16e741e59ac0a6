namespace Gongkai.Web;

/// <summary>Marks the endpoints that take a new application (page and API): they share the per-address hourly budget.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ApplicationIntakeAttribute : Attribute;

/// <summary>Marks the public search endpoints (page and API): anonymous searches are limited per address and minute.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicSearchAttribute : Attribute;
