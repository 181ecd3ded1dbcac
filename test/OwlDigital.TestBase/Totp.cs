using System.Security.Cryptography;

namespace OwlDigital.TestBase;

/// <summary>RFC 6238 codes (30-second steps, 6 digits, HMAC-SHA1), as an authenticator app computes them from a base32 key.</summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset time)
    {
        var counter = time.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        var hash = HMACSHA1.HashData(FromBase32(base32Key), message);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The start of a time step with at least 20 seconds left (waits if the current one is nearly
    /// over), so that codes of this step and the ones either side stay acceptable to the server for
    /// the rest of a short test.
    /// </summary>
    public static async Task<DateTimeOffset> FreshStepAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var intoStep = now.ToUnixTimeSeconds() % 30;
        if (intoStep > 10)
        {
            await Task.Delay(TimeSpan.FromSeconds(30 - intoStep + 0.2));
        }

        return DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 * 30);
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return bytes.ToArray();
    }
}
