/** The NeuroGraph engine: a pure Java library with no UI toolkit. */
module io.neurograph.engine {
    requires java.sql;
    requires org.xerial.sqlitejdbc;
    requires io.prometheus.metrics.core;
    requires io.prometheus.metrics.model;
    requires io.prometheus.writer.text;
    requires com.fasterxml.jackson.databind;
    requires com.microsoft.onnxruntime;
    requires ai.djl.tokenizers;
    requires jdk.incubator.vector;
    requires jvector;

    exports io.neurograph.engine.token;
    exports io.neurograph.engine.connection;
    exports io.neurograph.engine.util;
    exports io.neurograph.engine.store;
    exports io.neurograph.engine.store.sqlite;
    exports io.neurograph.engine.grid;
    exports io.neurograph.engine.graph;
    exports io.neurograph.engine.reflex;
    exports io.neurograph.engine.cdna;
    exports io.neurograph.engine.guardian;
    exports io.neurograph.engine.event;
    exports io.neurograph.engine.metrics;
    exports io.neurograph.engine.experience;
    exports io.neurograph.engine.intuition;
    exports io.neurograph.engine.module;
    exports io.neurograph.engine.capsule.runtime;
    exports io.neurograph.engine.embed;
    exports io.neurograph.engine.bootstrap;
    exports io.neurograph.engine.bootstrap.read;
    exports io.neurograph.engine.capsule.convert;
    exports io.neurograph.engine.capsule;
    exports io.neurograph.engine.capsule.cgraph;
    exports io.neurograph.engine.capsule.proto;
    exports io.neurograph.engine.capsule.onnx;
    exports io.neurograph.engine.capsule.gguf;
    exports io.neurograph.engine.vector;

    // the manifest records are (de)serialised by Jackson data binding
    opens io.neurograph.engine.capsule.cgraph to com.fasterxml.jackson.databind;
}
