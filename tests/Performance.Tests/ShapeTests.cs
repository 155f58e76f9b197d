using System.Text.Json;
using Performance.Core.Json;
using Performance.Core.Quick;
using Performance.Core.Shapes;

namespace Performance.Tests;

public sealed class ShapeTests
{
    [Fact]
    public void Tiny_user_is_33_bytes_as_protobuf_and_66_as_json()
    {
        var sample = ShapeSamples.Create(ShapeKind.TinyUser);

        Assert.Equal(33, sample.ProtobufBytes.Length);
        Assert.Equal(66, sample.JsonBytes.Length);
        Assert.Equal("""{"id":12345,"name":"John Doe","email":"john@example.com","age":30}""", System.Text.Encoding.UTF8.GetString(sample.JsonBytes));
    }

    [Theory]
    [InlineData(ShapeKind.TinyUser)]
    [InlineData(ShapeKind.RichUser)]
    [InlineData(ShapeKind.UserList1000)]
    [InlineData(ShapeKind.Blob64K)]
    public void Both_formats_round_trip_the_same_data(ShapeKind kind)
    {
        var sample = ShapeSamples.Create(kind);

        Assert.Equal(sample.Message, sample.ParseProtobuf());
        Assert.Equal(sample.JsonBytes, JsonSerializer.SerializeToUtf8Bytes(sample.ParseJson(), sample.JsonTypeInfo));
    }

    [Theory]
    [InlineData(ShapeKind.TinyUser)]
    [InlineData(ShapeKind.Blob64K)]
    public void Writing_into_a_reused_buffer_gives_the_same_bytes(ShapeKind kind)
    {
        var sample = ShapeSamples.Create(kind);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);

        sample.WriteProtobuf(buffer);
        Assert.Equal(sample.ProtobufBytes, buffer.WrittenSpan.ToArray());

        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        sample.WriteJson(writer);
        Assert.Equal(sample.JsonBytes, buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Rich_user_json_mirrors_every_field()
    {
        var sample = ShapeSamples.Create(ShapeKind.RichUser);
        using var json = JsonDocument.Parse(sample.JsonBytes);
        var root = json.RootElement;

        Assert.Equal("London", root.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal(3, root.GetProperty("phones").GetArrayLength());
        Assert.Equal("Mobile", root.GetProperty("phones")[0].GetProperty("kind").GetString());
        Assert.Equal(5, root.GetProperty("tags").GetArrayLength());
        Assert.Equal(20, root.GetProperty("scores").GetArrayLength());
        Assert.True(root.GetProperty("active").GetBoolean());
    }

    [Fact]
    public void Blob_travels_as_base64_in_json()
    {
        var sample = ShapeSamples.Create(ShapeKind.Blob64K);
        var dto = (FileChunkDto)sample.Dto;
        using var json = JsonDocument.Parse(sample.JsonBytes);

        Assert.Equal(ShapeSamples.BlobSize, dto.Data.Length);
        Assert.Equal(Convert.ToBase64String(dto.Data), json.RootElement.GetProperty("data").GetString());
        Assert.True(sample.JsonBytes.Length > sample.ProtobufBytes.Length * 4 / 3);
    }

    [Fact]
    public void User_list_holds_one_thousand_users()
    {
        var dto = (UserListDto)ShapeSamples.Create(ShapeKind.UserList1000).Dto;

        Assert.Equal(ShapeSamples.ListSize, dto.Users.Count);
        Assert.Equal(Enumerable.Range(1, ShapeSamples.ListSize), dto.Users.Select(u => u.Id));
    }

    [Fact]
    public async Task Quick_comparison_measures_every_shape()
    {
        var result = await QuickComparison.RunAsync(iterations: 20);

        Assert.Equal(Enum.GetValues<ShapeKind>(), result.Rows.Select(r => r.Shape));
        Assert.All(result.Rows, row =>
        {
            Assert.True(row.JsonSize > row.ProtobufSize);
            Assert.True(row.ProtobufSerialize.NanosecondsPerOperation > 0);
            Assert.True(row.JsonParse.NanosecondsPerOperation > 0);
            Assert.True(row.JsonParse.AllocatedBytesPerOperation > 0);
        });
        Assert.Contains("UserList1000", result.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("<table", result.ToHtml(), StringComparison.Ordinal);
        Assert.Equal(result.Rows.Count, result.ToTable().Rows.Count);
    }
}
