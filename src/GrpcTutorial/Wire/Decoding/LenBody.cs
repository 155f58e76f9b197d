namespace GrpcTutorial.Wire.Decoding;

/// <summary>Where the parts of a LEN field are: its length prefix and its body.</summary>
/// <param name="LengthOffset">The offset of the length prefix.</param>
/// <param name="Start">The offset of the first body byte.</param>
/// <param name="Length">How many bytes the body has.</param>
internal readonly record struct LenBody(int LengthOffset, int Start, int Length)
{
    /// <summary>The offset just past the body.</summary>
    public int End => Start + Length;
}
