using Gongkai.ServiceItems;

namespace Gongkai.Web.Areas.Staff.Pages.Centres;

/// <summary>What the centre forms post.</summary>
public sealed class CentreForm
{
    public string? Name { get; set; }

    public ServiceTier Tier { get; set; }

    public int BodyId { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Hours { get; set; }

    public ServiceCentre ToCentre() => new() { Name = Name ?? "", Tier = Tier, BodyId = BodyId, Address = Address, Phone = Phone, Hours = Hours };

    public static CentreForm Of(ServiceCentre c) => new() { Name = c.Name, Tier = c.Tier, BodyId = c.BodyId, Address = c.Address, Phone = c.Phone, Hours = c.Hours };
}
