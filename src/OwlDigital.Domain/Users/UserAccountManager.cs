using Microsoft.AspNetCore.Identity;
using OwlDigital.ExceptionHandling;
using OwlDigital.Memberships;
using OwlDigital.Uow;
using OwlDigital.Validation;

namespace OwlDigital.Users;

/// <summary>Creates users with their first membership; used by the migrator's commands and the demo seed.</summary>
public sealed class UserAccountManager(UserManager<OwlUser> userManager, IMembershipRepository memberships, IUnitOfWork unitOfWork)
{
    public async Task<OwlUser> EnsureUserAsync(string email, string displayName, string password, CancellationToken cancellationToken = default)
    {
        var user = await userManager.FindByEmailAsync(email);
        if (user is not null)
        {
            return user;
        }

        user = new OwlUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var result = await userManager.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new OwlDigitalValidationException(new Dictionary<string, string[]>
            {
                ["Password"] = result.Errors.Select(e => e.Description).ToArray(),
            });
        }

        return user;
    }

    /// <returns>True when the membership was added, false when the user already had it.</returns>
    public async Task<bool> EnsureMembershipAsync(OwlUser user, MembershipRole role, Guid? tenantId, string? districtKey = null, CancellationToken cancellationToken = default)
    {
        if (await memberships.ExistsAsync(user.Id, role, tenantId, cancellationToken))
        {
            return false;
        }

        await memberships.InsertAsync(new Membership(Guid.NewGuid(), user.Id, role, tenantId, districtKey), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return true;
    }
}
