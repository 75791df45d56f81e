package io.neurograph.engine.bench;

import io.neurograph.engine.store.TokenRecords;
import io.neurograph.engine.store.sqlite.SqliteRepository;
import io.neurograph.engine.token.TokenLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Durable batch create, reported in tokens/s: each invocation writes one batch of 10 k 64-byte
 * token records as one committed transaction, into a fresh temporary data folder per trial.
 *
 * <ul>
 *   <li>{@code repositoryInsertTokens}: {@link SqliteRepository#insertTokens} (WAL,
 *       {@code synchronous=NORMAL}, exclusive locking; also raises the persisted next id).</li>
 *   <li>{@code baselineRawJdbc}: raw xerial sqlite-jdbc, {@code INSERT INTO t(id, record)
 *       VALUES(?,?)} with {@code addBatch} and one commit per batch, into a plain file with the
 *       same durability settings (WAL, {@code synchronous=NORMAL}).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class SqliteBench {
    static final int BATCH = 10_000;

    private Path dir;
    private SqliteRepository repository;
    private Connection raw;
    private PreparedStatement rawInsert;
    private final byte[] template = TokenStoreBench.template().toBytes();
    private final byte[] buffer = new byte[BATCH * TokenLayout.SIZE];
    private long nextId = 1;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        dir = Files.createTempDirectory("tiro-sqlite-bench");
        repository = SqliteRepository.open(dir);
        raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("raw.db").toAbsolutePath());
        try (Statement st = raw.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, record BLOB NOT NULL)");
        }
        raw.setAutoCommit(false);
        rawInsert = raw.prepareStatement("INSERT INTO t(id, record) VALUES(?,?)");
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        rawInsert.close();
        raw.close();
        repository.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void nextBatch() {
        TokenRecords.fill(buffer, 0, template, nextId, 1_700_000_000L, BATCH);
        nextId += BATCH;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void repositoryInsertTokens() {
        nextBatch();
        repository.insertTokens(buffer, BATCH, null);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void baselineRawJdbc() throws SQLException {
        nextBatch();
        for (int i = 0, off = 0; i < BATCH; i++, off += TokenLayout.SIZE) {
            rawInsert.setLong(1, TokenLayout.id(buffer, off));
            rawInsert.setBytes(2, Arrays.copyOfRange(buffer, off, off + TokenLayout.SIZE));
            rawInsert.addBatch();
        }
        rawInsert.executeBatch();
        raw.commit();
    }
}
