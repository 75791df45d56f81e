package io.neurograph.engine;

import io.neurograph.engine.store.ConnectionChange;
import io.neurograph.engine.store.ConnectionStore;
import io.neurograph.engine.store.ExperienceRecord;
import io.neurograph.engine.store.PersistedCdnaState;
import io.neurograph.engine.store.Repository;
import io.neurograph.engine.store.TokenStore;
import io.neurograph.engine.token.Token;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The repository of an in-memory engine: accepts every write and keeps nothing. */
final class NoPersistence implements Repository {
    @Override
    public Path location() {
        return null;
    }

    @Override
    public void insertToken(Token token, String label) {
    }

    @Override
    public void insertTokens(byte[] records, int count, String[] labels) {
    }

    @Override
    public void updateTokenRecords(byte[] records, int count) {
    }

    @Override
    public void updateToken(Token token, String label) {
    }

    @Override
    public void deleteToken(long tokenId, long[] connectionIds) {
    }

    @Override
    public void clearTokens() {
    }

    @Override
    public void saveQuery(String id, long createdSeconds, String answerJson, int keep) {
    }

    @Override
    public Optional<String> loadQuery(String id) {
        return Optional.empty();
    }

    @Override
    public void applyConnectionChanges(List<? extends ConnectionChange> changes) {
    }

    @Override
    public void saveCdnaState(PersistedCdnaState state) {
    }

    @Override
    public Optional<PersistedCdnaState> loadCdnaState() {
        return Optional.empty();
    }

    @Override
    public void saveExperience(long seq, byte[] record, int retain) {
    }

    @Override
    public List<ExperienceRecord> loadExperience(int limit) {
        return List.of();
    }

    @Override
    public void savePolicy(long stateBin, String json) {
    }

    @Override
    public Map<Long, String> loadPolicies() {
        return Map.of();
    }

    @Override
    public void saveModuleState(String module, boolean enabled) {
    }

    @Override
    public Map<String, Boolean> loadModuleStates() {
        return Map.of();
    }

    @Override
    public void saveModuleSettings(String module, Map<String, String> values) {
    }

    @Override
    public Map<String, Map<String, String>> loadModuleSettings() {
        return Map.of();
    }

    @Override
    public void load(TokenStore tokens, ConnectionStore connections) {
    }

    @Override
    public void close() {
    }
}
