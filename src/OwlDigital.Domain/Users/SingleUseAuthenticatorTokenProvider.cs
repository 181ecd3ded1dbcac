using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace OwlDigital.Users;

/// <summary>
/// Checks the six-digit codes of an authenticator app (RFC 6238: HMAC-SHA1, 30-second steps, one
/// step of clock drift either way) and accepts each code once: the time step of the last accepted
/// code is kept with the account, and a code of that step or an earlier one is refused. Identity's
/// own provider accepts the same code again for as long as it is valid, so whoever watched it
/// being typed could sign in with it too.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider timeProvider) : IUserTwoFactorTokenProvider<OwlUser>
{
    public const string ProviderName = "OwlDigitalAuthenticator";

    // Where the last accepted step is kept (AspNetUserTokens), beside Identity's authenticator key.
    private const string TokenOwner = "[OwlDigital]";
    private const string LastStepName = "AuthenticatorLastStep";

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<OwlUser> manager, OwlUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The codes come from the person's app; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<OwlUser> manager, OwlUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<OwlUser> manager, OwlUser user)
    {
        if (token is not { Length: 6 } || !token.All(char.IsAsciiDigit) || await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var secret = Base32.Decode(key);
        var current = timeProvider.GetUtcNow().ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        var lastUsed = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenOwner, LastStepName), NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            ? last
            : 0;
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (step > lastUsed && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(secret, step)), Encoding.ASCII.GetBytes(token)))
            {
                // Saved with the account's concurrency stamp: of two requests racing with the same code, one fails here.
                var saved = await manager.SetAuthenticationTokenAsync(user, TokenOwner, LastStepName, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }

        return false;
    }

    /// <summary>
    /// For a new key, whose steps have never been used: the last accepted step is set to none. The
    /// row exists from here on, so two requests racing with the first code both update it (and one
    /// fails on the account's concurrency stamp) instead of both inserting it.
    /// </summary>
    public static Task StartOverAsync(UserManager<OwlUser> manager, OwlUser user) =>
        manager.SetAuthenticationTokenAsync(user, TokenOwner, LastStepName, "0");

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, the alphabet Identity writes authenticator keys in.</summary>
    private static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public static byte[] Decode(string text)
        {
            var bytes = new List<byte>(text.Length * 5 / 8);
            int buffer = 0, bits = 0;
            foreach (var character in text)
            {
                var value = Alphabet.IndexOf(char.ToUpperInvariant(character), StringComparison.Ordinal);
                if (value < 0)
                {
                    continue; // padding, spaces
                }

                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8)
                {
                    bytes.Add((byte)(buffer >> (bits - 8)));
                    bits -= 8;
                }
            }

            return [.. bytes];
        }
    }
}
