package org.wattplan.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * Opens the one SparkSession of a job. A master is {@code local}, {@code local[N]}, {@code local[*]}, {@code
 * local[N,F]} (F task attempts, for fault tests), {@code spark://HOST:PORT}[,HOST:PORT...], {@code yarn} or {@code
 * k8s://...}. A standalone master is probed with a TCP connect first: Spark itself would retry registering for a
 * minute and then stop the context asynchronously, which a user sees as a hang and a stack trace.
 */
public final class SparkSessions {
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?");
    private static final Pattern STANDALONE = Pattern.compile("spark://([^:/,]+):([0-9]{1,5})(,.*)?");
    private static final int PROBE_TIMEOUT_MS = 5_000;

    private SparkSessions() {}

    /** A session on {@code master} with the UI off and {@code settings} applied (spark.* keys). */
    public static SparkSession open(String master, String appName, Map<String, String> settings) {
        check(master);
        SparkSession.Builder builder = SparkSession.builder()
                .master(master)
                .appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.compression.codec", "snappy")
                // a map task of a shuffle with up to 200 reduce tasks writes one file per reduce task, then
                // concatenates them; with transferTo, JDK 25 copied each through a memory mapping of the file (in a
                // profile: FileChannelImpl.transferToTrustedChannel), a page fault per 4 kB (docs/spark.md, "Page
                // faults"); a plain read and write does not fault
                .config("spark.file.transferTo", "false");
        if (master.startsWith("local") && System.getenv("SPARK_LOCAL_IP") == null) {
            // a laptop or CI machine never needs a resolvable host name for a local master
            builder.config("spark.driver.host", "127.0.0.1");
        }
        settings.forEach(builder::config);
        try {
            return builder.getOrCreate();
        } catch (Exception e) { // SparkException is checked in Java but thrown undeclared from Scala
            throw SparkJobException.failed("cannot start Spark on " + master + ": " + Failures.rootMessage(e));
        }
    }

    /** Checks the master's syntax, and that a standalone master accepts connections. */
    static void check(String master) {
        if (master.isBlank()) {
            throw SparkJobException.badInput("--master is empty; use local[*] or spark://HOST:PORT");
        }
        if (LOCAL.matcher(master).matches() || master.equals("yarn") || master.startsWith("k8s://")) {
            return;
        }
        Matcher standalone = STANDALONE.matcher(master);
        if (!standalone.matches()) {
            throw SparkJobException.badInput("--master \"" + master
                    + "\" is not a Spark master; use local[*], local[N], spark://HOST:PORT, yarn or k8s://...");
        }
        String host = standalone.group(1);
        int port = Integer.parseInt(standalone.group(2));
        if (port < 1 || port > 65_535) {
            throw SparkJobException.badInput("--master " + master + ": port " + port + " is not 1..65535");
        }
        probe(master, host, port);
    }

    private static void probe(String master, String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MS);
        } catch (IOException e) {
            throw SparkJobException.failed(String.format(
                    Locale.ROOT,
                    "no Spark master answers at %s (%s). Start one (%s/sbin/start-master.sh), check the host and"
                            + " port (7077 by default), or run locally with --master local[*]",
                    master,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    "$SPARK_HOME"));
        }
    }
}
