package io.neurograph.engine.capsule.onnx;

import java.util.Locale;

/** How {@link OnnxPartitioner} cuts a model into capsules. */
public sealed interface CapsuleMode {
    /** Embeddings, one capsule per transformer block, head; Count by weight bytes if no blocks are found. */
    record Auto() implements CapsuleMode {
    }

    /** One capsule per block, prelude and postlude merged into the first and last block. */
    record Layer() implements CapsuleMode {
    }

    /** One capsule per node. */
    record Node() implements CapsuleMode {
    }

    /** {@code n} capsules with roughly equal weight bytes. */
    record Count(int n) implements CapsuleMode {
        public Count {
            if (n < 1) {
                throw new IllegalArgumentException("capsule count must be at least 1, got " + n);
            }
        }
    }

    /** Parses "auto", "layer", "node" or a positive number. */
    static CapsuleMode parse(String s) {
        String text = s.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "auto" -> new Auto();
            case "layer" -> new Layer();
            case "node" -> new Node();
            default -> {
                try {
                    yield new Count(Integer.parseInt(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "capsule mode must be auto, layer, node or a number: '" + s + "'");
                }
            }
        };
    }
}
