package io.neurograph.engine.guardian;

/** A write was refused because a resource quota is used up. */
public final class QuotaExceededException extends IllegalStateException {
    /** Which quota. */
    public enum Resource {
        TOKENS,
        MEMORY
    }

    private final Resource resource;
    private final long current;
    private final long limit;

    public QuotaExceededException(Resource resource, long current, long limit, String message) {
        super(message);
        this.resource = resource;
        this.current = current;
        this.limit = limit;
    }

    public Resource resource() {
        return resource;
    }

    public long current() {
        return current;
    }

    public long limit() {
        return limit;
    }
}
