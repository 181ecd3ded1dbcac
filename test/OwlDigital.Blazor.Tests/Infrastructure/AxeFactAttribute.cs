using Xunit;

namespace OwlDigital.Blazor.Tests.Infrastructure;

/// <summary>
/// A browser test that runs axe-core in the page. etc/scripts/test.sh (and so CI) installs axe-core
/// from npm and names it in OWLDIGITAL_AXE; without it the test is skipped with the reason.
/// </summary>
public sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute()
    {
        if (Accessibility.AxeScriptPath is null)
        {
            Skip = "axe-core is not installed: run etc/scripts/test.sh, or `npm ci --prefix etc/axe` and set OWLDIGITAL_AXE to etc/axe/node_modules/axe-core/axe.min.js.";
        }
    }
}
