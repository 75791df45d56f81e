package io.neurograph.tiro.ui.bootstrap;

import java.nio.file.Path;

/**
 * A job that ended, kept in the tab's list after ControlsFX's task list dropped it.
 *
 * @param details the engine's own words behind a failure's summary (shown on hover), or null
 * @param cgraph  the converted model (for "show capsule graph"), or null for a bootstrap or a failure
 */
record FinishedJob(String title, String summary, String details, boolean failed, Path cgraph) {
}
