using GrpcTutorial.Tests.Protos;
using GrpcTutorial.Wire;
using UserService.Contracts;

namespace GrpcTutorial.Tests.Wire.Decoding;

/// <summary>Random input never crashes or hangs the inspector: it decodes or throws <see cref="WireFormatException"/>.</summary>
public sealed class FuzzTests
{
    private static readonly Google.Protobuf.Reflection.MessageDescriptor?[] s_descriptors =
        [null, User.Descriptor, Scalars.Descriptor, Collections.Descriptor, Node.Descriptor, WithGroup.Descriptor];

    [Fact(Timeout = 120_000)]
    public async Task Random_bytes_decode_or_fail_with_WireFormatException_only()
    {
        var outcome = await Task.Run(() => Fuzz(new RandomWire(seed: 1234), i => i % 2 == 0 ? null : s_descriptors[i % s_descriptors.Length], r => r.Garbage(64)));

        Assert.True(outcome.Failed > 0, "random bytes should usually be invalid");
    }

    [Fact(Timeout = 120_000)]
    public async Task Damaged_messages_decode_or_fail_with_WireFormatException_only()
    {
        var outcome = await Task.Run(() => Fuzz(new RandomWire(seed: 99), i => s_descriptors[i % s_descriptors.Length], r => r.Mutated(depth: 4)));

        Assert.True(outcome.Decoded > 0 && outcome.Failed > 0, $"decoded {outcome.Decoded}, failed {outcome.Failed}");
    }

    private static (int Decoded, int Failed) Fuzz(
        RandomWire random,
        Func<int, Google.Protobuf.Reflection.MessageDescriptor?> descriptorFor,
        Func<RandomWire, byte[]> next)
    {
        var (decoded, failed) = (0, 0);
        for (var i = 0; i < 2_000; i++)
        {
            var bytes = next(random);
            try
            {
                var dump = WireInspector.Inspect(bytes, descriptorFor(i));
                Assert.NotNull(dump.ToText());
                Assert.NotNull(dump.ToHtml());
                Assert.NotNull(dump.ToDecodeRawText());
                Assert.Equal(bytes.Length, dump.Fields.Sum(f => f.Length));
                decoded++;
            }
            catch (WireFormatException error)
            {
                Assert.InRange(error.Offset, 0, bytes.Length);
                Assert.Contains($"offset {error.Offset}", error.Message);
                failed++;
            }
        }

        return (decoded, failed);
    }
}
