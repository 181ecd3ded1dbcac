namespace OwlDigital.TestBase;

/// <summary>Finds ../shared/data relative to the repository root, wherever the tests run from.</summary>
public static class SharedData
{
    public static string? Directory { get; } = Find();

    public static string PathOf(string fileName) =>
        Path.Combine(Directory ?? throw new InvalidOperationException("../shared/data is not available."), fileName);

    private static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OwlDigital.sln")))
            {
                var candidate = Path.Combine(directory.FullName, "..", "shared", "data");
                return System.IO.Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
