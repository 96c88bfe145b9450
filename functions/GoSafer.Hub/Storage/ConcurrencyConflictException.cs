namespace GoSafer.Hub.Storage;

/// <summary>A conditional write lost: the record exists already, or changed since it was read.</summary>
public sealed class ConcurrencyConflictException(string key)
    : Exception($"The record '{key}' was changed by someone else or exists already.")
{
    public string Key { get; } = key;
}
