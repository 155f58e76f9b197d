using Google.Protobuf;
using GrpcTutorial.Samples;

namespace GrpcTutorial.Tests.Samples;

public sealed class SampleUsersTests
{
    [Fact]
    public void John_doe_is_the_33_byte_user_of_the_encoding_lessons()
    {
        var bytes = SampleUsers.JohnDoe.ToByteArray();

        Assert.Equal(33, bytes.Length);
        Assert.Equal(new byte[] { 0x08, 0xB9, 0x60, 0x12, 0x08 }, bytes[..5]);
    }

    [Fact]
    public void Generated_users_are_deterministic_and_numbered_from_one()
    {
        Assert.Equal(SampleUsers.Generate(50), SampleUsers.Generate(50));
        Assert.Equal(Enumerable.Range(1, 50), SampleUsers.Generate(50).Select(user => user.Id));
        Assert.Equal(5, SampleUsers.All().Count);
    }

    [Fact]
    public void The_library_references_the_contract_assembly_so_one_r_directive_brings_it()
    {
        // A notebook's #r "lib/GrpcTutorial.dll" resolves the assemblies GrpcTutorial.dll references;
        // the compiler drops references to assemblies whose types the library never uses.
        var references = typeof(SampleUsers).Assembly.GetReferencedAssemblies().Select(name => name.Name);

        Assert.Contains("UserService.Contracts", references);
    }
}
