using Gongkai.Bodies;
using Gongkai.Staff;

namespace Gongkai.Tests.Unit;

public class RegistrationCodeTests
{
    [Theory]
    // 000014349 is the code in the national 索引号 example (000014349/2018-00222).
    [InlineData("000014349", true)]
    [InlineData("000014348", false)]
    [InlineData("00001434", false)]
    public void Organization_codes_are_checked(string code, bool valid) =>
        Assert.Equal(valid, RegistrationCodes.IsValidOrganizationCode(code));

    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91350100M000100Y44", false)]
    [InlineData("11100000000013127W", false)]
    [InlineData("9135010", false)]
    public void Credit_codes_are_checked(string code, bool valid) =>
        Assert.Equal(valid, RegistrationCodes.IsValidCreditCode(code));

    [Fact]
    public void Every_role_has_a_Chinese_label_and_only_two_are_county_wide()
    {
        Assert.All(Enum.GetValues<StaffRole>(), r => Assert.NotEqual(r.ToString(), Access.Label(r)));
        Assert.Equal([StaffRole.SystemAdmin, StaffRole.Supervisor], Enum.GetValues<StaffRole>().Where(Access.IsCountyWide));
    }

    [Fact]
    public void A_supervisor_reads_everywhere_supervises_everywhere_and_writes_no_bodys_records()
    {
        RoleGrant[] grants = [new() { BodyId = 1, Role = StaffRole.Supervisor }];
        Assert.True(Access.Can(grants, Privilege.ViewBody, 99));
        Assert.True(Access.Can(grants, Privilege.Supervise, 99));
        foreach (var p in Enum.GetValues<Privilege>().Where(p => p is not (Privilege.ViewBody or Privilege.ViewAudit or Privilege.Supervise)))
        {
            Assert.False(Access.Can(grants, p, 1));
        }
    }
}
