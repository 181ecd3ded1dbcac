namespace OwlDigital.ExceptionHandling;

public class EntityNotFoundException : BusinessException
{
    public EntityNotFoundException(Type entityType, object id)
        : base(OwlDigitalErrorCodes.EntityNotFound, $"There is no {entityType.Name} with id {id}.")
    {
        EntityType = entityType;
        Id = id;
        WithDetail("Entity", entityType.Name).WithDetail("Id", id);
    }

    public Type EntityType { get; }

    public object Id { get; }
}
