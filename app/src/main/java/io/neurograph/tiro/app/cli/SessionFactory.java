package io.neurograph.tiro.app.cli;

import picocli.CommandLine;

/** Creates command objects, handing the shared session to those whose constructor takes one. */
final class SessionFactory implements CommandLine.IFactory {
    private final CliSession session;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    SessionFactory(CliSession session) {
        this.session = session;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            var ctor = type.getDeclaredConstructor(CliSession.class);
            ctor.setAccessible(true);
            return ctor.newInstance(session);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
