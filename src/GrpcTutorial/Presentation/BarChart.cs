using System.Globalization;
using System.Net;
using System.Text;

namespace GrpcTutorial.Presentation;

/// <summary>
/// A horizontal bar chart drawn as inline SVG, for comparing a handful of measurements in a
/// notebook (sizes, timings, throughput). No script and no external resources.
/// </summary>
/// <param name="title">The chart's title.</param>
/// <param name="unit">The unit printed after each value, for example <c>bytes</c> or <c>req/s</c>.</param>
/// <example>
/// <code>
/// new BarChart("Encoded size", "bytes").Add("JSON", 66).Add("Protobuf", 33)
/// </code>
/// </example>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class BarChart(string title, string unit) : IHtmlRenderable
{
    private const int LabelWidth = 180;
    private const int BarArea = 360;
    private const int ValueWidth = 140;
    private const int RowHeight = 26;
    private const int TitleHeight = 28;

    private readonly List<(string Label, double Value)> _bars = [];

    /// <summary>The chart's title.</summary>
    public string Title { get; } = title;

    /// <summary>The unit printed after each value.</summary>
    public string Unit { get; } = unit;

    /// <summary>The bars, in the order they were added.</summary>
    public IReadOnlyList<(string Label, double Value)> Bars => _bars;

    /// <summary>Adds one bar.</summary>
    /// <param name="label">What the bar measures.</param>
    /// <param name="value">The measured value (zero or more).</param>
    /// <returns>This chart, for chaining.</returns>
    public BarChart Add(string label, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A bar needs a finite value.");
        }

        _bars.Add((label, value));
        return this;
    }

    /// <inheritdoc />
    public string ToHtml()
    {
        var max = _bars.Count == 0 ? 1 : Math.Max(_bars.Max(bar => bar.Value), double.Epsilon);
        var width = LabelWidth + BarArea + ValueWidth;
        var height = TitleHeight + (_bars.Count * RowHeight) + 6;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"course-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Encode(Title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"18\" font-family=\"sans-serif\" font-size=\"14\" font-weight=\"bold\" fill=\"currentColor\">{Encode(Title)}</text>");
        for (var i = 0; i < _bars.Count; i++)
        {
            var (label, value) = _bars[i];
            var y = TitleHeight + (i * RowHeight);
            var barWidth = Math.Max(1, value / max * BarArea);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"12\" fill=\"currentColor\">{Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{barWidth:0.#}\" height=\"{RowHeight - 8}\" fill=\"{Palette(i)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + barWidth + 6:0.#}\" y=\"{y + 16}\" font-family=\"sans-serif\" font-size=\"12\" fill=\"currentColor\">{Encode(FormatValue(value))}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Renders the chart as text bars, for consoles and plain-text outputs.</summary>
    /// <returns>The title, then one line per bar.</returns>
    public override string ToString()
    {
        var max = _bars.Count == 0 ? 1 : Math.Max(_bars.Max(bar => bar.Value), double.Epsilon);
        var labelWidth = _bars.Count == 0 ? 0 : _bars.Max(bar => bar.Label.Length);
        var text = new StringBuilder().AppendLine(Title);
        foreach (var (label, value) in _bars)
        {
            var length = (int)Math.Round(value / max * 40);
            text.Append(label.PadRight(labelWidth)).Append(" | ").Append(new string('#', length)).Append(' ').AppendLine(FormatValue(value));
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Palette(int index) => (index % 4) switch
    {
        0 => "#4f7cac",
        1 => "#c0603f",
        2 => "#5d9c59",
        _ => "#8e6bb0",
    };

    private string FormatValue(double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value:#,0.##} {Unit}").TrimEnd();
}
