namespace OwlDigital.Profiles;

/// <summary>How a question is answered, which decides how the form asks it and how the report counts it.</summary>
public enum ProfileQuestionType
{
    /// <summary>Yes or no (a pie in the report).</summary>
    YesNo = 1,

    /// <summary>One of the listed options.</summary>
    Choice = 2,

    /// <summary>Any of the listed options (multiple answers: counts need not add up to the tenants).</summary>
    MultiChoice = 3,

    /// <summary>A whole number (clustered in the report, e.g. in steps of 25).</summary>
    Number = 4,

    /// <summary>A share from 0 to 100 % (clustered in steps of 20 %).</summary>
    Percent = 5,

    /// <summary>A year, not in the future.</summary>
    Year = 6,

    /// <summary>Free text (a ranked term list in the report).</summary>
    Text = 7,

    /// <summary>Several free terms, e.g. vendors or use cases (ranked, multiple answers).</summary>
    TextList = 8,
}
