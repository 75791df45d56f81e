package io.neurograph.tiro.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, "development" when run from classes. */
final class TiroVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = TiroVersion.class.getPackage().getImplementationVersion();
        return new String[] {"tiro " + (v == null ? "development" : v), "Java " + Runtime.version()};
    }
}
