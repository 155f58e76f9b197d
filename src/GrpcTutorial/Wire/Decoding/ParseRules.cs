namespace GrpcTutorial.Wire.Decoding;

/// <summary>
/// How strictly tags and length prefixes are read. The inspector follows the specification; the
/// <c>--decode_raw</c> printer copies protoc's two parsers, which differ on over-long varints.
/// </summary>
internal enum ParseRules
{
    /// <summary>A tag must fit in 32 bits; tags and lengths may take up to ten bytes.</summary>
    Spec,

    /// <summary>protoc's parser for the outermost message: tags and lengths may take at most five bytes.</summary>
    ProtocTopLevel,

    /// <summary>protoc's parser for LEN bodies: up to ten bytes, keeping only the low 32 bits of tags and lengths.</summary>
    ProtocNested,
}
