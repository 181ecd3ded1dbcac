namespace OwlDigital.Surveys;

/// <summary>Population size classes for filtering the benchmark (the seed report avoids percentages across very different sizes).</summary>
public enum SizeClass
{
    Under10000 = 1,
    From10000To20000 = 2,
    From20000To50000 = 3,
    From50000To100000 = 4,
    From100000 = 5,
}

public static class SizeClasses
{
    public static SizeClass Of(int population) => population switch
    {
        < 10_000 => SizeClass.Under10000,
        < 20_000 => SizeClass.From10000To20000,
        < 50_000 => SizeClass.From20000To50000,
        < 100_000 => SizeClass.From50000To100000,
        _ => SizeClass.From100000,
    };
}
