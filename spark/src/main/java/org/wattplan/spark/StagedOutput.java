package org.wattplan.spark;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An output directory that appears whole or not at all. Everything is written into a hidden sibling, {@code
 * .NAME.partial-UUID}; {@link #commit} renames it to {@code NAME} (a directory rename: atomic on a local disk
 * and on HDFS), moving an existing {@code NAME} aside first and deleting it after. {@link #abort} deletes the
 * staging directory. A reader therefore never sees part of a result under the output name, whether a task, the
 * driver or the machine fails: a {@code _SUCCESS} marker beside partial files would leave that to the reader.
 * On object stores without atomic rename (S3) write to HDFS or a local disk and copy.
 */
final class StagedOutput {
    private final FileSystem fs;
    private final Path target;
    private final Path staging;

    private StagedOutput(FileSystem fs, Path target, Path staging) {
        this.fs = fs;
        this.target = target;
        this.staging = staging;
    }

    static StagedOutput begin(Configuration conf, String out) {
        try {
            Path target = new Path(out);
            FileSystem fs = target.getFileSystem(conf);
            if (fs instanceof LocalFileSystem local) {
                fs = local.getRawFileSystem(); // no .crc files beside the outputs, as the single-machine path
            }
            target = fs.makeQualified(target);
            Path parent = target.getParent();
            if (parent == null) {
                throw SparkJobException.badInput("--out " + out + " must not be a root directory");
            }
            if (fs.exists(target) && !fs.getFileStatus(target).isDirectory()) {
                throw SparkJobException.badInput("--out " + out + " exists and is not a directory");
            }
            fs.mkdirs(parent);
            Path staging = new Path(parent, "." + target.getName() + ".partial-" + UUID.randomUUID());
            if (!fs.mkdirs(staging)) {
                throw SparkJobException.failed("cannot create " + staging);
            }
            return new StagedOutput(fs, target, staging);
        } catch (IOException e) {
            throw SparkJobException.failed("cannot write to " + out + ": " + e.getMessage());
        }
    }

    Path staging() {
        return staging;
    }

    Path file(String name) {
        return new Path(staging, name);
    }

    FileSystem fileSystem() {
        return fs;
    }

    /** Renames the staged directory to the output name; an existing output is replaced. */
    void commit() {
        try {
            Path parent = staging.getParent();
            Path replaced = new Path(parent, "." + target.getName() + ".replaced-" + UUID.randomUUID());
            boolean existed = fs.exists(target);
            if (existed && !fs.rename(target, replaced)) {
                throw SparkJobException.failed("cannot move the old " + target + " aside");
            }
            if (!fs.rename(staging, target)) {
                throw SparkJobException.failed("cannot rename " + staging + " to " + target);
            }
            if (existed) {
                fs.delete(replaced, true);
            }
        } catch (IOException e) {
            throw SparkJobException.failed("cannot commit " + target + ": " + e.getMessage());
        }
    }

    /** Deletes the staging directory; the output name is left as it was. */
    void abort() {
        try {
            fs.delete(staging, true);
        } catch (IOException e) {
            // the staging directory is hidden and named as partial; nothing reads it
        }
    }

    String target() {
        return target.toString();
    }
}
