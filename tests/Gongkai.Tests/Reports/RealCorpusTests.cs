using System.Globalization;
using System.Text;
using System.Text.Json;
using Gongkai.Reports;
using Gongkai.Tests.Support;
using Xunit.Abstractions;

namespace Gongkai.Tests.Reports;

/// <summary>
/// The checker scored on 70 real published reports nobody here wrote (Reports/RealCorpus, truth written by hand
/// before any run): figures read right, wrong and not at all; inconsistencies found, missed and false alarms; cut
/// texts recognised as incomplete. The thresholds are issue 16's; the table is printed for docs/benchmarks.md.
/// </summary>
public sealed class RealCorpusTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(Tools.RepoRoot, "tests", "Gongkai.Tests", "Reports", "RealCorpus");

    /// <summary>Which of the checker's rules express each kind of inconsistency the truth names.</summary>
    private static readonly Dictionary<string, string[]> Accepts = new(StringComparer.Ordinal)
    {
        ["parts-vs-total"] = ["S", "N1", "N2", "N4"],
        ["part-exceeds-total"] = ["S"],
        ["outcomes-vs-answered"] = ["S", "N2"],
        ["shares-vs-counts"] = ["S"],
        ["text-vs-table"] = ["D"],
        ["same-figure-twice"] = ["D"],
    };

    private sealed class Score
    {
        public int Keyed;
        public int Right;
        public int Wrong;
        public int NotRead;
        public int Inconsistencies;
        public int Found;
        public int Missed;
        public int FalseAlarms;
        public int Cut;
        public int CutRecognised;
        public int NotCutCalledIncomplete;
        public int Reports;

        public void Add(Score s)
        {
            Keyed += s.Keyed;
            Right += s.Right;
            Wrong += s.Wrong;
            NotRead += s.NotRead;
            Inconsistencies += s.Inconsistencies;
            Found += s.Found;
            Missed += s.Missed;
            FalseAlarms += s.FalseAlarms;
            Cut += s.Cut;
            CutRecognised += s.CutRecognised;
            NotCutCalledIncomplete += s.NotCutCalledIncomplete;
            Reports += s.Reports;
        }

        public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Reports} | {Keyed} | {Right} ({Pct(Right, Keyed)}) | {Wrong} | {NotRead} | {Found}/{Inconsistencies} | {Missed} | {FalseAlarms} | {CutRecognised}/{Cut} | {NotCutCalledIncomplete} |");

        private static string Pct(int a, int b) => b == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * a / b:0.0} %");
    }

    [Fact]
    public void The_checker_reads_the_real_corpus_to_the_thresholds_of_issue_16()
    {
        var truths = File.ReadAllLines(Path.Combine(Folder, "truth.jsonl")).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(70, truths.Count);
        var perLayout = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        var all = new Score();
        var problems = new StringBuilder();
        foreach (var truth in truths)
        {
            var id = truth.GetProperty("id").GetString()!;
            var layout = truth.GetProperty("layout").GetString()!;
            var parsed = ReportParser.Parse(File.ReadAllText(Path.Combine(Folder, id + ".txt")));
            var s = new Score { Reports = 1 };
            foreach (var f in truth.GetProperty("figures").EnumerateArray())
            {
                if (f.GetProperty("key").GetString() is not { } key)
                {
                    continue;
                }

                s.Keyed++;
                decimal? expected = f.GetProperty("value").ValueKind == JsonValueKind.Number ? f.GetProperty("value").GetDecimal() : null;
                // A table figure also stated in a sentence (受理申请2件) is scored against the sentence's reading, the cell against the table's.
                var inSentence = key.Contains(':', StringComparison.Ordinal) && !f.GetProperty("label").GetString()!.Contains(" / ", StringComparison.Ordinal);
                decimal? read = null;
                var found = inSentence && parsed.Stated.TryGetValue(key, out var s1) ? (read = s1) is not null : parsed.Figures.TryGetValue(key, out read);
                if (!found)
                {
                    s.NotRead++;
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{id} not read {key} = {expected?.ToString(CultureInfo.InvariantCulture) ?? "blank"}");
                }
                else if (read == expected)
                {
                    s.Right++;
                }
                else
                {
                    s.Wrong++;
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{id} WRONG {key}: read {read?.ToString(CultureInfo.InvariantCulture) ?? "blank"}, printed {expected?.ToString(CultureInfo.InvariantCulture) ?? "blank"}");
                }
            }

            var findings = ReportRules.Check(parsed).Where(x => x.Rule is not ("missing" or "incomplete")).ToList();
            foreach (var inc in truth.GetProperty("inconsistencies").EnumerateArray())
            {
                s.Inconsistencies++;
                var rule = inc.GetProperty("rule").GetString()!;
                var match = findings.FirstOrDefault(x => Accepts[rule].Contains(x.Rule));
                if (match is null)
                {
                    s.Missed++;
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{id} missed {rule}");
                }
                else
                {
                    s.Found++;
                    findings.Remove(match);
                }
            }

            s.FalseAlarms += findings.Count;
            foreach (var x in findings)
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"{id} FALSE ALARM [{x.Rule}] {x.Cell}: {x.Message}");
            }

            var cut = truth.GetProperty("cut").GetBoolean();
            var incomplete = parsed.Missing.Count > 0;
            s.Cut += cut ? 1 : 0;
            s.CutRecognised += cut && incomplete ? 1 : 0;
            s.NotCutCalledIncomplete += !cut && incomplete ? 1 : 0;
            if (cut && !incomplete)
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"{id} cut text not recognised as incomplete");
            }

            all.Add(s);
            if (!perLayout.TryGetValue(layout, out var l))
            {
                perLayout[layout] = l = new Score();
            }

            l.Add(s);
        }

        output.WriteLine("| layout | reports | keyed figures | read right | read wrong | not read | inconsistencies found | missed | false alarms | cut recognised | complete called incomplete |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, s) in perLayout)
        {
            output.WriteLine(s.Row(name));
        }

        output.WriteLine(all.Row("all"));
        output.WriteLine("");
        output.WriteLine(problems.ToString());

        Assert.True(all.Right * 10 >= all.Keyed * 9, $"read right {all.Right} of {all.Keyed} keyed figures (< 90 %)");
        Assert.Equal(0, all.Wrong);
        Assert.True(all.Found * 10 >= all.Inconsistencies * 8, $"found {all.Found} of {all.Inconsistencies} inconsistencies (< 80 %)");
        Assert.Equal(0, all.FalseAlarms);
        Assert.Equal(all.Cut, all.CutRecognised);
    }
}
