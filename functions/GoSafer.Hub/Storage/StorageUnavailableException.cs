namespace GoSafer.Hub.Storage;

/// <summary>The store could not be reached after the resilience pipeline gave up; callers answer 503.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
