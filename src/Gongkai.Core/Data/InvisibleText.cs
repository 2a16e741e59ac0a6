namespace Gongkai.Data;

/// <summary>
/// Characters that change how text looks without being seen (issue 12): bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C), and zero-width characters
/// (U+200B–U+200D, U+2060, U+FEFF). A right-to-left override turns “申请书\u202Efdp.exe” into what reads as a PDF;
/// a zero-width space makes two names that look the same compare different. Nothing typed on this platform
/// (Chinese names, titles, documents) needs them, so they are removed from every string a form or the API
/// binds, silently — the text still reads as the person typed it.
/// </summary>
public static class InvisibleText
{
    public static bool IsInvisible(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        or '\u200E' or '\u200F' or '\u061C' or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    /// <summary>The text without the characters above; the same instance when there are none.</summary>
    public static string Strip(string s)
    {
        if (!s.Any(IsInvisible))
        {
            return s;
        }

        return new string([.. s.Where(c => !IsInvisible(c))]);
    }

    public static string? StripNullable(string? s) => s is null ? null : Strip(s);
}
