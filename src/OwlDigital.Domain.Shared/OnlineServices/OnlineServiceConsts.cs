namespace OwlDigital.OnlineServices;

public static class OnlineServiceConsts
{
    public const int MaxNumberLength = 16;
    public const int MaxTitleLength = 256;
    public const int MaxUrlLength = 1024;
    public const int MaxFormToolLength = 128;

    /// <summary>LeiKa keys one service may be mapped to; a service bundling more is really several.</summary>
    public const int MaxLeiKaKeys = 20;
}
