using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Applications;

/// <summary>The applicant's part of an application as posted, shared by the public form and staff registration.</summary>
public sealed class ApplicantForm
{
    public ApplicantType ApplicantType { get; set; }

    public string? Name { get; set; }

    public string? ContactPerson { get; set; }

    public IdDocument IdDocument { get; set; }

    public string? IdNumber { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? Postcode { get; set; }

    public string? Description { get; set; }

    public string? DocumentNumber { get; set; }

    public Delivery Delivery { get; set; } = Delivery.ElectronicFile;

    /// <summary>Empty when the applicant does not know the body.</summary>
    public string? BodyId { get; set; }

    public bool PublishConsent { get; set; }

    public ApplicationInput ToInput() => new()
    {
        ApplicantType = ApplicantType,
        Name = Name,
        ContactPerson = ContactPerson,
        IdDocument = IdDocument,
        IdNumber = IdNumber,
        Phone = Phone,
        Email = Email,
        Address = Address,
        Postcode = Postcode,
        Description = Description,
        DocumentNumber = DocumentNumber,
        Delivery = Delivery,
        PublishConsent = PublishConsent,
        BodyId = int.TryParse(BodyId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null,
    };

    /// <summary>The bodies an application may be addressed to: governments and departments, not villages.</summary>
    public static Task<List<Body>> BodiesAsync(GongkaiDb db) =>
        db.Bodies.AsNoTracking().Where(b => b.Level != BodyLevel.Village)
            .OrderBy(b => b.ParentId != null).ThenBy(b => b.Kind == BodyKind.Township || b.Kind == BodyKind.Street).ThenBy(b => b.SortOrder).ThenBy(b => b.Id)
            .ToListAsync();
}

/// <summary>The form's bodies, grouped for the select, and whether the unclear option is offered.</summary>
public sealed record ApplicantFieldsView(ApplicantForm Form, IReadOnlyList<Body> Bodies, bool OfferUnclear);
