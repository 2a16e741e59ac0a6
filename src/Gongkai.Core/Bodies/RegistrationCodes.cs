namespace Gongkai.Bodies;

/// <summary>Check digits of the codes that identify a body: GB 11714 organization codes and GB 32100 unified social credit codes.</summary>
public static class RegistrationCodes
{
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The check character for the first 8 characters of an organization code.</summary>
    public static char OrganizationCheck(string first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            int v = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : -1;
            if (v < 0)
            {
                return '?';
            }

            sum += v * OrgWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }

    public static bool IsValidOrganizationCode(string code) =>
        code.Length == 9 && OrganizationCheck(code[..8]) == code[8];

    /// <summary>The check character for the first 17 characters of a unified social credit code.</summary>
    public static char CreditCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = CreditAlphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (v < 0)
            {
                return '?';
            }

            sum += v * CreditWeights[i];
        }

        return CreditAlphabet[(31 - (sum % 31)) % 31];
    }

    public static bool IsValidCreditCode(string code) =>
        code.Length == 18 && CreditCheck(code[..17]) == code[17];

    /// <summary>The organization code embedded in a credit code (characters 9-17), used by 索引号 patterns.</summary>
    public static string? OrganizationCodeFromCredit(string creditCode) =>
        creditCode.Length == 18 ? creditCode.Substring(8, 9) : null;
}
