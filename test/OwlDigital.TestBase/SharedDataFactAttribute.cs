using Xunit;

namespace OwlDigital.TestBase;

/// <summary>
/// A test that reads the real public data in ../shared/data. CI always has it beside the checkout;
/// a clone elsewhere does not, and there the test is skipped with the reason.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Directory is null)
        {
            Skip = "../shared/data (the public OWL data files) is not beside this checkout; CI provides it.";
        }
    }
}
