package io.neurograph.engine.store;

import java.nio.file.Path;

/**
 * The data folder is held by another Tiro process (or by another engine of this one): only one may use a folder at a
 * time. Thrown when opening, before the database is touched. {@link #file()} is the data folder.
 */
public final class DataFolderInUseException extends StoreException {
    public DataFolderInUseException(Path dataDir, String detail) {
        this(dataDir, detail, null);
    }

    public DataFolderInUseException(Path dataDir, String detail, Throwable cause) {
        super(dataDir + " is in use by another Tiro process (" + detail + ")", dataDir, cause);
    }
}
