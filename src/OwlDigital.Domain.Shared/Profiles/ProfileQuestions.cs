namespace OwlDigital.Profiles;

/// <summary>
/// The questionnaire of the digital profile: every fact of the interview guide (seed 004), chapter
/// by chapter. The ids never change; new questions get new ids.
/// </summary>
public static class ProfileQuestions
{
    public const int MaxTextLength = 2000;
    public const int MaxListEntries = 50;
    public const int MaxListEntryLength = 200;

    public static readonly IReadOnlyList<ProfileQuestion> All =
    [
        new("portal.vendors", ProfileChapter.ServicePortal, ProfileQuestionType.TextList, [], SuggestionsFrom: "ServicePortal"),
        new("portal.since", ProfileChapter.ServicePortal, ProfileQuestionType.Year, []),
        new("portal.listing", ProfileChapter.ServicePortal, ProfileQuestionType.Choice, ["all", "online", "important"]),
        new("portal.searchLinked", ProfileChapter.ServicePortal, ProfileQuestionType.YesNo, []),

        new("online.count", ProfileChapter.OnlineServices, ProfileQuestionType.Number, [], IsDerived: true),
        new("online.appointments", ProfileChapter.OnlineServices, ProfileQuestionType.YesNo, []),
        new("online.formFormats", ProfileChapter.OnlineServices, ProfileQuestionType.MultiChoice, ["smart", "fillablePdf", "pdf", "webForm"]),
        new("online.formExchange", ProfileChapter.OnlineServices, ProfileQuestionType.Choice, ["takesPart", "willing", "no"]),
        new("online.ownForms", ProfileChapter.OnlineServices, ProfileQuestionType.YesNo, []),
        new("online.formTools", ProfileChapter.OnlineServices, ProfileQuestionType.TextList, [], SuggestionsFrom: "FormTool"),

        new("efa.inUse", ProfileChapter.Efa, ProfileQuestionType.TextList, []),
        new("efa.planned", ProfileChapter.Efa, ProfileQuestionType.TextList, []),
        new("efa.reasonsNow", ProfileChapter.Efa, ProfileQuestionType.Text, []),
        new("efa.reasonsFuture", ProfileChapter.Efa, ProfileQuestionType.Text, []),

        new("dms.state", ProfileChapter.DocumentManagement, ProfileQuestionType.Choice, ["inUse", "planned", "none"]),
        new("dms.vendors", ProfileChapter.DocumentManagement, ProfileQuestionType.TextList, [], SuggestionsFrom: "DocumentManagement"),
        new("dms.workstationShare", ProfileChapter.DocumentManagement, ProfileQuestionType.Percent, []),
        new("dms.eFileModules", ProfileChapter.DocumentManagement, ProfileQuestionType.TextList, []),
        new("dms.scanOffice", ProfileChapter.DocumentManagement, ProfileQuestionType.Choice, ["yes", "invoicesOnly", "no"]),
        new("dms.replacingScan", ProfileChapter.DocumentManagement, ProfileQuestionType.YesNo, []),
        new("dms.legacyFiles", ProfileChapter.DocumentManagement, ProfileQuestionType.TextList, []),

        new("lora.state", ProfileChapter.LoRaWan, ProfileQuestionType.Choice, ["inUse", "planned", "no"]),
        new("lora.useCases", ProfileChapter.LoRaWan, ProfileQuestionType.TextList, []),
        new("lora.reasonsNot", ProfileChapter.LoRaWan, ProfileQuestionType.Text, []),

        new("data.kinds", ProfileChapter.DataPlatform, ProfileQuestionType.MultiChoice, ["gis", "openDataPortal", "openNrw", "dataPlatform", "none"]),
        new("data.operator", ProfileChapter.DataPlatform, ProfileQuestionType.Text, []),
        new("data.reasonsNot", ProfileChapter.DataPlatform, ProfileQuestionType.Text, []),

        new("org.cdo", ProfileChapter.Organisation, ProfileQuestionType.YesNo, []),
        new("org.placement", ProfileChapter.Organisation, ProfileQuestionType.Choice, ["mayor", "it", "organisation", "other"]),
        new("org.reasonsNoCdo", ProfileChapter.Organisation, ProfileQuestionType.Text, []),
        new("org.strategy", ProfileChapter.Organisation, ProfileQuestionType.Choice, ["own", "joint", "planned", "none"]),
        new("org.focusThisYear", ProfileChapter.Organisation, ProfileQuestionType.TextList, []),
        new("org.focusNextYear", ProfileChapter.Organisation, ProfileQuestionType.TextList, []),
        new("org.coordinationTopics", ProfileChapter.Organisation, ProfileQuestionType.TextList, []),
        new("org.coordinationHow", ProfileChapter.Organisation, ProfileQuestionType.Text, []),
        new("org.findable", ProfileChapter.Organisation, ProfileQuestionType.YesNo, []),
        new("org.contact", ProfileChapter.Organisation, ProfileQuestionType.Text, []),
    ];

    /// <summary>The questions other tenants may search by ("who else uses product X, plans EfA service Y"), for tenants that opted in with "org.findable".</summary>
    public static readonly IReadOnlySet<string> Searchable = new HashSet<string>(StringComparer.Ordinal)
    {
        "portal.vendors", "online.formTools", "efa.inUse", "efa.planned", "dms.vendors", "dms.eFileModules", "lora.useCases", "data.kinds", "org.focusThisYear",
    };

    private static readonly IReadOnlyDictionary<string, ProfileQuestion> ById = All.ToDictionary(q => q.Id, StringComparer.Ordinal);

    public static ProfileQuestion? Find(string id) => ById.GetValueOrDefault(id);

    public static IEnumerable<ProfileQuestion> Of(ProfileChapter chapter) => All.Where(q => q.Chapter == chapter);
}
