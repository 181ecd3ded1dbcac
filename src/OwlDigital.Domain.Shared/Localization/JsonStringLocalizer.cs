using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OwlDigital.Localization;

/// <summary>
/// Looks texts up in the JSON dictionaries embedded in this assembly, falling back from the
/// specific culture to its language and then to German, so a missing English text shows German
/// rather than a bare key.
/// </summary>
public sealed class JsonStringLocalizer(JsonTextDictionaries dictionaries) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = dictionaries.Find(CultureInfo.CurrentUICulture, name);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(
                name,
                string.Format(CultureInfo.CurrentCulture, text.Value, arguments),
                text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        dictionaries.All(CultureInfo.CurrentUICulture)
            .Select(pair => new LocalizedString(pair.Key, pair.Value, resourceNotFound: false));
}
