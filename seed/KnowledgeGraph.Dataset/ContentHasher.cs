using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// The dataset's content hash, fed one file at a time in name order (<see cref="DatasetFiles.ContentHash"/>):
/// a lower-case SHA-256 hex digest over every file's name and text, line endings normalised first so a
/// Windows checkout hashes like any other.
/// </summary>
internal sealed class ContentHasher
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _previous;

    /// <exception cref="ArgumentException">The file comes before the previous one in name order.</exception>
    public void Add(DatasetFile file)
    {
        if (_previous is not null && string.CompareOrdinal(file.Name, _previous) < 0)
        {
            throw new ArgumentException($"Dataset files must come in name order to be hashed one at a time: {file.Name} came after {_previous}.", nameof(file));
        }

        _previous = file.Name;

        // Lengths frame each part, so no name/text split can collide with another.
        AppendFramed(file.Name);
        AppendFramed(file.Text.ReplaceLineEndings("\n"));
    }

    public string Hash()
    {
        var digest = Convert.ToHexStringLower(_hash.GetHashAndReset());
        _hash.Dispose();
        return digest;
    }

    /// <summary>The text's UTF-8 length, then its UTF-8 bytes.</summary>
    /// <remarks>
    /// Encoded a block at a time: a whole large file's bytes would be one more large-object array per file, which
    /// the runtime frees only in its rare full collections.
    /// </remarks>
    private void AppendFramed(string text)
    {
        // Little-endian whatever the machine, so the hash is the same everywhere.
        Span<byte> length = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(length, Encoding.UTF8.GetByteCount(text));
        _hash.AppendData(length);

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(BlockChars));
        try
        {
            // The encoder keeps a surrogate pair split between blocks, so the bytes are those of the whole text.
            var encoder = Encoding.UTF8.GetEncoder();
            var rest = text.AsSpan();
            do
            {
                var block = rest[..Math.Min(BlockChars, rest.Length)];
                rest = rest[block.Length..];
                var written = encoder.GetBytes(block, buffer, flush: rest.IsEmpty);
                _hash.AppendData(buffer, 0, written);
            }
            while (!rest.IsEmpty);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private const int BlockChars = 16 * 1024;
}
