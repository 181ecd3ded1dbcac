using System.Reflection;
using OwlDigital.Auditing;
using OwlDigital.Localization;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;

namespace OwlDigital.Domain.Tests.Localization;

/// <summary>German first, English second: neither may lack a text the other has, nor one the code needs.</summary>
public class Texts_Tests
{
    private static readonly JsonTextDictionaries Texts = new();

    [Fact]
    public void German_And_English_Should_Have_The_Same_Keys() =>
        Texts.Keys("en").Order(StringComparer.Ordinal).ShouldBe(Texts.Keys("de").Order(StringComparer.Ordinal));

    [Fact]
    public void Every_Error_Code_Should_Have_A_Message()
    {
        var codes = typeof(OwlDigitalErrorCodes).GetNestedTypes().Prepend(typeof(OwlDigitalErrorCodes))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        codes.Count.ShouldBeGreaterThan(40);
        codes.Where(code => !Texts.Keys("de").Contains(code)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_Enum_Shown_In_The_Ui_Should_Have_A_Text()
    {
        var keys = Enum.GetNames<AuditLogAction>().Select(n => $"AuditLogAction:{n}")
            .Concat(Enum.GetNames<MembershipRole>().Select(n => $"Role:{n}"))
            .Concat(Enum.GetNames<MeasureStatus>().Select(n => $"MeasureStatus:{n}"))
            .Concat(Enum.GetNames<TargetMetric>().Select(n => $"TargetMetric:{n}"))
            .Concat(OwlDigital.Tenants.TenantFeatures.All.Select(f => $"Feature:{f}"))
            .Concat(Names<OwlDigital.OnlineServices.ServiceStatus>())
            .Concat(Names<OwlDigital.OnlineServices.ImplementationWay>())
            .Concat(Names<OwlDigital.OnlineServices.AuthenticationKind>())
            .Concat(Names<OwlDigital.OnlineServices.FormFormat>())
            .Concat(Names<OwlDigital.Catalog.MaturityModel>())
            .Concat(Names<OwlDigital.Catalog.ProductKind>())
            .Concat(Names<OwlDigital.Catalog.EfaStatus>())
            .Concat(Names<OwlDigital.Catalog.CatalogFileKind>())
            .Concat(Names<OwlDigital.Catalog.CatalogImportStage>())
            .Concat(Names<OwlDigital.Profiles.ProfileChapter>())
            .Concat(Names<OwlDigital.Profiles.ProfileQuestionType>())
            .Concat(Names<OwlDigital.Surveys.SurveyRoundState>())
            .Concat(Names<OwlDigital.Surveys.ResponseEntryRole>())
            .Concat(Names<OwlDigital.Surveys.SizeClass>())
            .Concat(Names<OwlDigital.Surveys.SuppressionReason>())
            .Concat(Names<OwlDigital.Surveys.ResponseReviewState>())
            .Concat(OwlDigital.Surveys.QuestionMethods.AllChanges.Select(c => OwlDigital.Surveys.QuestionMethods.ChangeKey(c.QuestionId, c.Version)!))
            .Concat(OwlDigital.Profiles.ProfileQuestions.All.Where(q => q.IsDerived).Select(q => $"Method:{q.Id}:Source"))
            .Concat(Names<OwlDigital.Sharing.SharedFormState>())
            .Concat(Names<OwlDigital.Sharing.SharingVisibility>())
            .Concat(Names<OwlDigital.Sharing.EfaPlanState>())
            .Concat(Names<OwlDigital.Notifications.NotificationKind>());

        keys.Where(key => !Texts.Keys("de").Contains(key)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_Profile_Question_And_Option_Should_Have_A_Text()
    {
        var keys = OwlDigital.Profiles.ProfileQuestions.All
            .SelectMany(q => q.Options.Select(o => $"Option:{q.Id}:{o}").Prepend($"Question:{q.Id}"))
            .ToList();

        keys.Count.ShouldBeGreaterThan(60);
        keys.Where(key => !Texts.Keys("de").Contains(key)).ShouldBeEmpty();
    }

    private static IEnumerable<string> Names<TEnum>()
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(n => $"{typeof(TEnum).Name}:{n}");
}
