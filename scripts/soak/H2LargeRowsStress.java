import java.sql.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * Issue #12, found by the H2 soak: many sessions writing rows with multi-megabyte BYTEA values while others read
 * the same table by an index. With H2 2.5.252 readers soon fail with "Reading from file ... failed at X (length
 * Y)" or "Illegal page length", and a COMMIT can fail half-way, leaving rows locked for good; H2 2.4.240 took the
 * same load without an error, and H2 2.5.252 with the values as BINARY LARGE OBJECT too.
 *
 *   java -Dtype=BYTEA -Xmx768m -cp ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar \
 *        scripts/soak/H2LargeRowsStress.java /tmp/h2-large-rows/db 150
 */
public class H2LargeRowsStress {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[0] + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
        int seconds = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS annex (id UUID PRIMARY KEY, app UUID NOT NULL, kind VARCHAR(10) NOT NULL CHECK (kind IN ('MANDATE','OTHER')), content " + System.getProperty("type","BYTEA") + " NOT NULL, removed_at TIMESTAMP WITH TIME ZONE)");
            c.createStatement().execute("CREATE INDEX IF NOT EXISTS annex_app ON annex (app)");
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS note (id UUID PRIMARY KEY, app UUID NOT NULL, body VARCHAR(200000))");
        }
        List<UUID> apps = new ArrayList<>();
        for (int i = 0; i < 6; i++) apps.add(UUID.randomUUID());
        AtomicInteger errors = new AtomicInteger(), writes = new AtomicInteger(), reads = new AtomicInteger();
        long end = System.currentTimeMillis() + seconds * 1000L;
        ExecutorService pool = Executors.newFixedThreadPool(10);
        Random seed = new Random();
        for (int t = 0; t < 10; t++) {
            final int n = t;
            pool.submit(() -> {
                Random r = new Random(n);
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    while (System.currentTimeMillis() < end) {
                        UUID app = apps.get(r.nextInt(apps.size()));
                        try {
                            int roll = r.nextInt(10);
                            if (roll < 2) {
                                int size = new int[]{2000, 40000, 900000, 4000000}[r.nextInt(4)];
                                byte[] b = new byte[size]; r.nextBytes(b);
                                c.setAutoCommit(false);
                                try (PreparedStatement p = c.prepareStatement("INSERT INTO annex (id, app, kind, content) VALUES (?,?,?,?)")) {
                                    p.setObject(1, UUID.randomUUID()); p.setObject(2, app); p.setString(3, "OTHER"); p.setBytes(4, b); p.executeUpdate();
                                }
                                c.commit(); c.setAutoCommit(true); writes.incrementAndGet();
                            } else if (roll < 5) {
                                c.setAutoCommit(false);
                                try (PreparedStatement p = c.prepareStatement("MERGE INTO note (id, app, body) KEY (id) VALUES (?,?,?)")) {
                                    p.setObject(1, app); p.setObject(2, app); p.setString(3, "x".repeat(r.nextInt(100000))); p.executeUpdate();
                                }
                                c.commit(); c.setAutoCommit(true); writes.incrementAndGet();
                            } else {
                                try (PreparedStatement p = c.prepareStatement("SELECT id, kind FROM annex WHERE app = ? AND removed_at IS NULL ORDER BY id")) {
                                    p.setObject(1, app);
                                    try (ResultSet rs = p.executeQuery()) { while (rs.next()) { } }
                                }
                                reads.incrementAndGet();
                            }
                        } catch (SQLException e) {
                            if (errors.incrementAndGet() < 5) System.out.println("ERROR " + e.getMessage().split("\n")[0]);
                            try { c.rollback(); c.setAutoCommit(true); } catch (SQLException ignored) { }
                        }
                    }
                } catch (SQLException e) { System.out.println("CONN " + e.getMessage()); }
                return null;
            });
        }
        pool.shutdown(); pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        System.out.println("version " + org.h2.engine.Constants.FULL_VERSION + " writes " + writes + " reads " + reads + " errors " + errors);
    }
}
