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
        AppendFramed(Encoding.UTF8.GetBytes(file.Name));
        AppendFramed(Encoding.UTF8.GetBytes(file.Text.ReplaceLineEndings("\n")));
    }

    public string Hash()
    {
        var digest = Convert.ToHexStringLower(_hash.GetHashAndReset());
        _hash.Dispose();
        return digest;
    }

    private void AppendFramed(byte[] data)
    {
        // Little-endian whatever the machine, so the hash is the same everywhere.
        Span<byte> length = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(length, data.Length);
        _hash.AppendData(length);
        _hash.AppendData(data);
    }
}
