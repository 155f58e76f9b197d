using System.Globalization;
using System.Text;
using Performance.Core.Results;

namespace Performance.Serialization;

/// <summary>Prints the encoded sizes, which BenchmarkDotNet's own table does not show.</summary>
internal static class SizeTable
{
    /// <summary>Formats the sizes as an aligned text table.</summary>
    /// <param name="sizes">Sizes per shape.</param>
    /// <returns>The table.</returns>
    public static string Format(IEnumerable<ShapeSize> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"Shape",-14} {"Protobuf B",12} {"JSON B",12} {"JSON/Proto",11}");
        foreach (var size in sizes)
        {
            var ratio = (double)size.JsonBytes / size.ProtobufBytes;
            text.AppendLine(CultureInfo.InvariantCulture, $"{size.Shape,-14} {size.ProtobufBytes,12:N0} {size.JsonBytes,12:N0} {ratio,10:0.00}x");
        }

        return text.ToString();
    }
}
