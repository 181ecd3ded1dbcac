using Microsoft.AspNetCore.Authorization;

namespace OwlDigital.Authorization;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
