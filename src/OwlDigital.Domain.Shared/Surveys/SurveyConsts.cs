namespace OwlDigital.Surveys;

public static class SurveyConsts
{
    public const int MaxNameLength = 128;

    /// <summary>The default minimum group size k: no aggregate over fewer tenants is shown to tenants.</summary>
    public const int DefaultMinGroupSize = 5;

    public const int MinMinGroupSize = 2;

    public const int MaxMinGroupSize = 20;

    /// <summary>A correction request's comment or a host correction's reason.</summary>
    public const int MaxCommentLength = 2000;
}
