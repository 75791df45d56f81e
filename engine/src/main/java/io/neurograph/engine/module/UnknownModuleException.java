package io.neurograph.engine.module;

import java.util.NoSuchElementException;

/** A module id that names no part of the engine. */
public final class UnknownModuleException extends NoSuchElementException {
    UnknownModuleException(String id, String known) {
        super("No module '" + id + "'; the modules are " + known);
    }
}
