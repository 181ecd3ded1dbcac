namespace OwlDigital.Users;

public static class UserConsts
{
    public const int MaxDisplayNameLength = 128;

    public const int MaxEmailLength = 256;
}
