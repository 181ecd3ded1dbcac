namespace OwlDigital.Portfolios;

public static class MeasureConsts
{
    public const int MaxNumberLength = 16;
    public const int MaxTitleLength = 256;
    public const int MaxDescriptionLength = 4000;
    public const int MaxPlannedIntroductionLength = 32;
    public const int MaxProjectLeadLength = 128;
}
