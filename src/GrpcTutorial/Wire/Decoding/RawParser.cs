namespace GrpcTutorial.Wire.Decoding;

/// <summary>
/// Splits bytes into fields without any schema, exactly as strictly as protoc does for
/// <c>--decode_raw</c>: LEN bodies are kept as bytes, groups are parsed recursively up to a nesting limit.
/// </summary>
internal static class RawParser
{
    /// <summary>Parses a window of the buffer as a message; throws <see cref="WireFormatException"/> if it is not one.</summary>
    /// <param name="buffer">The whole buffer.</param>
    /// <param name="start">The window's first offset.</param>
    /// <param name="end">The offset just past the window.</param>
    /// <param name="groupLimit">How many groups may nest inside each other.</param>
    /// <param name="rules">How strictly to read tags and lengths.</param>
    public static IReadOnlyList<RawField> Parse(byte[] buffer, int start, int end, int groupLimit, ParseRules rules)
    {
        var reader = new WireReader(buffer, start, end, rules);
        return ParseFields(reader, groupLimit, groupLimit, openGroup: null);
    }

    /// <summary>True if the window parses completely as a message (the test protoc uses to print a LEN field as a message).</summary>
    public static bool TryParse(byte[] buffer, int start, int end, int groupLimit, ParseRules rules, out IReadOnlyList<RawField> fields)
    {
        try
        {
            fields = Parse(buffer, start, end, groupLimit, rules);
            return true;
        }
        catch (WireFormatException)
        {
            fields = [];
            return false;
        }
    }

    private static List<RawField> ParseFields(WireReader reader, int groupBudget, int groupLimit, WireTag? openGroup)
    {
        var fields = new List<RawField>();
        while (!reader.AtEnd)
        {
            var tag = reader.ReadTag();
            switch (tag.WireType)
            {
                case WireType.Varint:
                    fields.Add(new RawField { Tag = tag, Number = reader.ReadVarint() });
                    break;
                case WireType.I64:
                    fields.Add(new RawField { Tag = tag, Number = reader.ReadFixed64() });
                    break;
                case WireType.I32:
                    fields.Add(new RawField { Tag = tag, Number = reader.ReadFixed32() });
                    break;
                case WireType.Len:
                    var length = reader.ReadLength();
                    fields.Add(new RawField { Tag = tag, BodyOffset = reader.Position, BodyLength = length });
                    reader.Skip(length);
                    break;
                case WireType.SGroup:
                    if (groupBudget <= 0)
                    {
                        throw GroupErrors.TooDeep(tag, groupLimit);
                    }

                    var inner = ParseFields(reader, groupBudget - 1, groupLimit, tag);
                    fields.Add(new RawField { Tag = tag, GroupFields = inner });
                    break;
                default:
                    GroupErrors.CheckEnd(tag, openGroup);
                    return fields;
            }
        }

        if (openGroup is { } group)
        {
            throw GroupErrors.Unterminated(group);
        }

        return fields;
    }
}
