package io.neurograph.engine.capsule.cgraph;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of {@link CgraphVerifier#verify} or {@link CgraphVerifier#repair}. {@code fullFile} is the
 * full file that was checked (the file itself when it is a full file); {@code problems} are file-level
 * problems; {@code changes} lists what a repair rewrote (empty for verify).
 */
public record VerifyReport(Path file, Path fullFile, List<CapsuleCheck> capsules, List<String> problems,
        List<String> changes) {

    public boolean ok() {
        return problems.isEmpty() && capsules.stream().allMatch(CapsuleCheck::ok);
    }
}
