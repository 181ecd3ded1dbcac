namespace OwlDigital.Portfolios;

public static class ProgramConsts
{
    public const int MaxNameLength = 128;
    public const int MaxDescriptionLength = 2000;
    public const int MaxTargetTextLength = 512;
    public const int MaxStrategicGoalLength = 256;
}
