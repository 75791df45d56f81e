/** The NeuroGraph engine: a pure Java library with no UI toolkit. */
module io.neurograph.engine {
    requires java.sql;
    requires org.xerial.sqlitejdbc;
    requires io.prometheus.metrics.core;
    requires io.prometheus.metrics.model;
    requires io.prometheus.writer.text;
    requires com.fasterxml.jackson.databind;

    exports io.neurograph.engine.token;
    exports io.neurograph.engine.connection;
    exports io.neurograph.engine.util;
    exports io.neurograph.engine.store;
    exports io.neurograph.engine.store.sqlite;
}
