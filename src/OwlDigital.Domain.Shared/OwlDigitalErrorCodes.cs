namespace OwlDigital;

/// <summary>
/// Error codes of domain and application exceptions. Each code is also the localization key of
/// the message shown to the user, so a code is never reused for a different meaning.
/// </summary>
public static class OwlDigitalErrorCodes
{
    public const string EntityNotFound = "OwlDigital:0404";
    public const string ValidationFailed = "OwlDigital:0400";
    public const string ConcurrencyConflict = "OwlDigital:0409";
    public const string PayloadTooLarge = "OwlDigital:0413";
    public const string DatabaseUnavailable = "OwlDigital:0503";
    public const string PrinterBusy = "OwlDigital:Printing:0001";

    public const string NotAuthenticated = "OwlDigital:0401";
    public const string Forbidden = "OwlDigital:0403";

    public static class Account
    {
        public const string InvalidCredentials = "OwlDigital:Account:0001";
        public const string LockedOut = "OwlDigital:Account:0002";
        public const string TwoFactorRequired = "OwlDigital:Account:0003";
        public const string InvalidTwoFactorCode = "OwlDigital:Account:0004";
        public const string WriteWithoutRequestProof = "OwlDigital:Account:0005";
        public const string HostAdminNeedsTwoFactor = "OwlDigital:Account:0006";
    }

    public static class MultiTenancy
    {
        public const string NotAMember = "OwlDigital:MultiTenancy:0001";
        public const string TenantDeactivated = "OwlDigital:MultiTenancy:0002";
        public const string MalformedTenantHeader = "OwlDigital:MultiTenancy:0003";
        public const string CrossTenantWrite = "OwlDigital:MultiTenancy:0004";
        public const string NoCurrentTenant = "OwlDigital:MultiTenancy:0005";
    }

    public static class Memberships
    {
        public const string HostRoleWithTenant = "OwlDigital:Memberships:0001";
        public const string TenantRoleWithoutTenant = "OwlDigital:Memberships:0002";
        public const string InterviewerWithoutDistrict = "OwlDigital:Memberships:0003";
        public const string DuplicateMembership = "OwlDigital:Memberships:0004";
        public const string LastHostAdmin = "OwlDigital:Memberships:0005";
        public const string LastTenantAdmin = "OwlDigital:Memberships:0006";
        public const string UnknownRole = "OwlDigital:Memberships:0007";
        public const string NotATenantRole = "OwlDigital:Memberships:0008";
        public const string AlreadyInvited = "OwlDigital:Memberships:0009";
        public const string ResentTooSoon = "OwlDigital:Memberships:0010";
    }

    public static class Portfolios
    {
        public const string InvalidOrgUnitCode = "OwlDigital:Portfolios:0001";
        public const string InvalidOrgUnitName = "OwlDigital:Portfolios:0002";
        public const string DuplicateOrgUnitCode = "OwlDigital:Portfolios:0003";
        public const string ParentMustBeBusinessArea = "OwlDigital:Portfolios:0004";
        public const string OrgUnitHasOffices = "OwlDigital:Portfolios:0005";
        public const string InvalidMeasureNumber = "OwlDigital:Portfolios:0006";
        public const string DuplicateMeasureNumber = "OwlDigital:Portfolios:0007";
        public const string InvalidMeasureTitle = "OwlDigital:Portfolios:0008";
        public const string NoBenefitCategory = "OwlDigital:Portfolios:0009";
        public const string NotAReportingDate = "OwlDigital:Portfolios:0010";
        public const string PeriodClosed = "OwlDigital:Portfolios:0011";
        public const string InvalidProgressValue = "OwlDigital:Portfolios:0012";
        public const string InvalidYearReported = "OwlDigital:Portfolios:0013";
        public const string TextTooLong = "OwlDigital:Portfolios:0014";
        public const string NegativeCost = "OwlDigital:Portfolios:0015";
        public const string PeriodExists = "OwlDigital:Portfolios:0016";
        public const string MeasureChangedMeanwhile = "OwlDigital:Portfolios:0017";
        public const string InvalidProgramName = "OwlDigital:Portfolios:0018";
        public const string InvalidTarget = "OwlDigital:Portfolios:0019";
        public const string InvalidTargetValue = "OwlDigital:Portfolios:0020";
        public const string ComputedTarget = "OwlDigital:Portfolios:0021";
        public const string OrgUnitHasMeasures = "OwlDigital:Portfolios:0022";
    }

    public static class Tenants
    {
        public const string MalformedAgs = "OwlDigital:Tenants:0001";
        public const string MalformedArs = "OwlDigital:Tenants:0002";
        public const string DistrictOutsideRegion = "OwlDigital:Tenants:0003";
        public const string DuplicateAgs = "OwlDigital:Tenants:0004";
        public const string ArsDoesNotMatchAgs = "OwlDigital:Tenants:0006";
        public const string AgsNotInDistrict = "OwlDigital:Tenants:0007";
        public const string InvalidName = "OwlDigital:Tenants:0008";
        public const string InvalidPopulation = "OwlDigital:Tenants:0009";
        public const string InvalidCoordinates = "OwlDigital:Tenants:0010";
        public const string UnknownFeature = "OwlDigital:Tenants:0011";
        public const string FeatureDisabled = "OwlDigital:Tenants:0012";
    }

    public static class Catalog
    {
        public const string InvalidLeiKaKey = "OwlDigital:Catalog:0001";
        public const string UnknownLeiKaKey = "OwlDigital:Catalog:0002";
        public const string UnknownOzgService = "OwlDigital:Catalog:0003";
        public const string InvalidName = "OwlDigital:Catalog:0004";
        public const string DuplicateProduct = "OwlDigital:Catalog:0005";
    }

    public static class OnlineServices
    {
        public const string InvalidNumber = "OwlDigital:OnlineServices:0001";
        public const string DuplicateNumber = "OwlDigital:OnlineServices:0002";
        public const string InvalidTitle = "OwlDigital:OnlineServices:0003";
        public const string MaturityOutOfRange = "OwlDigital:OnlineServices:0004";
        public const string MaturityWithoutModel = "OwlDigital:OnlineServices:0005";
        public const string UnknownPeriod = "OwlDigital:OnlineServices:0006";
        public const string PeriodClosed = "OwlDigital:OnlineServices:0007";
        public const string TooManyLeiKaKeys = "OwlDigital:OnlineServices:0008";
        public const string InvalidUrl = "OwlDigital:OnlineServices:0009";
        public const string PayableWithoutFee = "OwlDigital:OnlineServices:0010";
        public const string TextTooLong = "OwlDigital:OnlineServices:0011";
    }

    public static class Profiles
    {
        public const string UnknownQuestion = "OwlDigital:Profiles:0001";
        public const string WrongChapter = "OwlDigital:Profiles:0002";
        public const string DerivedQuestion = "OwlDigital:Profiles:0003";
        public const string NotAnOption = "OwlDigital:Profiles:0004";
        public const string PercentOutOfRange = "OwlDigital:Profiles:0005";
        public const string YearInFuture = "OwlDigital:Profiles:0006";
        public const string NegativeNumber = "OwlDigital:Profiles:0007";
        public const string TextTooLong = "OwlDigital:Profiles:0008";
        public const string TooManyEntries = "OwlDigital:Profiles:0009";
        public const string WrongAnswerKind = "OwlDigital:Profiles:0010";
        public const string NoDmsWithVendor = "OwlDigital:Profiles:0011";
        public const string NoneWithOthers = "OwlDigital:Profiles:0012";
        public const string ChangedMeanwhile = "OwlDigital:Profiles:0013";
        public const string NotSearchable = "OwlDigital:Profiles:0014";
    }

    public static class Surveys
    {
        public const string InvalidName = "OwlDigital:Surveys:0001";
        public const string InvalidPeriod = "OwlDigital:Surveys:0002";
        public const string InvalidMinGroupSize = "OwlDigital:Surveys:0003";
        public const string WrongState = "OwlDigital:Surveys:0004";
        public const string RoundNotOpen = "OwlDigital:Surveys:0005";
        public const string OutsideDistrict = "OwlDigital:Surveys:0006";
        public const string QuestionNotInRound = "OwlDigital:Surveys:0007";
        public const string NotPublished = "OwlDigital:Surveys:0008";
        public const string AlreadyPublished = "OwlDigital:Surveys:0009";
        public const string ReviewNotOpen = "OwlDigital:Surveys:0010";
        public const string CommentRequired = "OwlDigital:Surveys:0011";
        public const string ReasonRequired = "OwlDigital:Surveys:0012";
        public const string NoResponse = "OwlDigital:Surveys:0013";
        public const string OpenCorrectionRequests = "OwlDigital:Surveys:0014";
        public const string UnknownFilter = "OwlDigital:Surveys:0015";
    }

    public static class Sharing
    {
        public const string InvalidText = "OwlDigital:Sharing:0001";
        public const string AttachmentTooLarge = "OwlDigital:Sharing:0003";
        public const string AttachmentTypeRefused = "OwlDigital:Sharing:0004";
        public const string AttachmentContentMismatch = "OwlDigital:Sharing:0005";
        public const string TooManyAttachments = "OwlDigital:Sharing:0006";
        public const string AttachmentInfected = "OwlDigital:Sharing:0007";
        public const string OwnItem = "OwlDigital:Sharing:0008";
        public const string Withdrawn = "OwlDigital:Sharing:0009";
        public const string AlreadyAdopted = "OwlDigital:Sharing:0010";
        public const string NotPublisher = "OwlDigital:Sharing:0011";
        public const string PlannedDateMissing = "OwlDigital:Sharing:0012";
        public const string ReasonMissing = "OwlDigital:Sharing:0013";
    }
}
